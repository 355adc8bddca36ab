import type { ReactNode } from 'react';
import type { DevelopmentRef, Party, Source, StatusUpdate } from '../../../../../shared/contracts/public.ts';
import type { IsoDate } from '../../../../../shared/domain/dates.ts';
import { pickText, UntranslatedMark } from '../../../components/ui/localized.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import {
  DisputeNote,
  recordedText,
  StandingTag,
  UpdateActors,
  UpdateDate,
} from '../../../components/ui/update-evidence.tsx';
import { formatDate, formatTimestampDate } from '../../../lib/format.ts';
import { t } from '../../../lib/i18n.ts';
import { DevelopmentNote } from './development-note.tsx';

function SourceItem({ source }: { source: Source }) {
  const details = [source.publisher, source.publishedOn ? formatDate(source.publishedOn) : null].filter(
    Boolean,
  );
  return (
    <li className="source">
      <span className="source__kind">{t(`evidence.sourceKind.${source.kind}`)}</span>{' '}
      <a className="source__link" href={source.url} rel="external">
        {source.title}
      </a>{' '}
      {details.length > 0 ? <span className="source__meta">{details.join(', ')}</span> : null}
      {source.contests ? <span className="source__contests">{t('evidence.contests')}</span> : null}
    </li>
  );
}

/** The id of an entry's element, so a link (or the analyst's view, after publishing) can point at it. */
export const updateElementId = (id: number) => `update-${id}`;
/** The entry's date and status line, which describes the analyst's "Retract" button. */
export const updateHeadId = (id: number) => `update-${id}-head`;

/** What every entry of one commitment's history shares: the party names and the developments. */
export interface EntryContext {
  slug: string;
  partyRegistry: readonly Party[];
  developments: readonly DevelopmentRef[];
}

/** One dated status update with its evidence. A retracted update is struck through, with the reason. */
interface UpdateEntryProps {
  update: StatusUpdate;
  context: EntryContext;
  actions?: ReactNode;
  /** Set to the date the reader is looking at when this update came after it. */
  after?: IsoDate | undefined;
}

export function UpdateEntry({ update, context, actions, after }: UpdateEntryProps) {
  const { retraction } = update;
  const summary = pickText(update.summary, update.summaryKo);
  const development = update.developmentId
    ? context.developments.find((d) => d.id === update.developmentId)
    : undefined;
  return (
    <li
      id={updateElementId(update.id)}
      tabIndex={-1}
      className={`update${retraction ? ' update--retracted' : ''}${after ? ' update--after' : ''}`}
    >
      <div className="update__head" id={updateHeadId(update.id)}>
        <UpdateDate update={update} className="update__date" />
        <StatusBadge status={update.status} />
        <StandingTag update={update} registry={context.partyRegistry} />
        {retraction ? <span className="update__retracted-tag">{t('commitment.retracted')}</span> : null}
        {after ? (
          <span className="update__after-tag">
            <span aria-hidden="true">→ </span>
            {t('commitment.after', { date: formatDate(after) })}
          </span>
        ) : null}
        <UpdateActors update={update} registry={context.partyRegistry} />
      </div>
      <p className="update__summary">
        <span lang={summary.lang}>{retraction ? <del>{summary.text}</del> : summary.text}</span>
        {summary.untranslated ? <UntranslatedMark /> : null}
      </p>
      <DisputeNote update={update} className="update__dispute" />
      {development ? <DevelopmentNote development={development} slug={context.slug} /> : null}
      {retraction ? (
        <p className="update__retraction">
          {t('commitment.retractedOn', {
            date: formatTimestampDate(retraction.at),
            name: retraction.by,
            reason: retraction.reason,
          })}
        </p>
      ) : null}
      {update.sources.length > 0 ? (
        <ul className="sources" aria-label={t('commitment.sources')}>
          {update.sources.map((source, index) => (
            <SourceItem key={`${index}-${source.url}`} source={source} />
          ))}
        </ul>
      ) : null}
      <p className="update__recorded">{recordedText(update)}</p>
      {actions}
    </li>
  );
}
