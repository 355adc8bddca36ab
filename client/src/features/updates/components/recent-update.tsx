import { Link } from 'react-router';
import type { Party, RecentUpdate } from '../../../../../shared/contracts/public.ts';
import { pickText, UntranslatedMark } from '../../../components/ui/localized.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import {
  DisputeNote,
  recordedText,
  StandingTag,
  UpdateActors,
  UpdateDate,
} from '../../../components/ui/update-evidence.tsx';
import { t } from '../../../lib/i18n.ts';

interface RecentUpdateItemProps {
  update: RecentUpdate;
  partyRegistry: readonly Party[];
}

/** One update in the list: when, how settled, which commitment (a link to the entry), what, who and when recorded. */
export function RecentUpdateItem({ update, partyRegistry }: RecentUpdateItemProps) {
  const summary = pickText(update.summary, update.summaryKo);
  const title = pickText(update.commitmentTitle, update.commitmentTitleKo);
  const sources = update.sources.length;
  return (
    <li className={`recent-update${update.retraction ? ' recent-update--retracted' : ''}`}>
      <div className="recent-update__head">
        <UpdateDate update={update} className="recent-update__date" />
        <StatusBadge status={update.status} />
        <StandingTag update={update} registry={partyRegistry} />
        {update.retraction ? (
          <span className="recent-update__retracted">{t('commitment.retracted')}</span>
        ) : null}
        <UpdateActors update={update} registry={partyRegistry} />
      </div>
      <p className="recent-update__title">
        <Link to={`/commitments/${update.commitmentSlug}#update-${update.id}`} lang={title.lang}>
          {title.text}
        </Link>
        {title.untranslated ? <UntranslatedMark /> : null}
      </p>
      <p className="recent-update__summary">
        <span lang={summary.lang}>{update.retraction ? <del>{summary.text}</del> : summary.text}</span>
        {summary.untranslated ? <UntranslatedMark /> : null}
      </p>
      <DisputeNote update={update} className="recent-update__dispute" />
      <p className="recent-update__meta">
        {recordedText(update)}
        {sources > 0 ? (
          <span>
            {' · '}
            {t(sources === 1 ? 'updates.sources.one' : 'updates.sources.other', { count: sources })}
          </span>
        ) : null}
      </p>
    </li>
  );
}
