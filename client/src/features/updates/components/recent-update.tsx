import { Link } from 'react-router';
import type { RecentUpdate } from '../../../../../shared/contracts/public.ts';
import { pickText, UntranslatedMark } from '../../../components/ui/localized.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { formatDate } from '../../../lib/format.ts';
import { t } from '../../../lib/i18n.ts';

/** One update in the list: when, which commitment (a link to the entry in its history), what and who. */
export function RecentUpdateItem({ update }: { update: RecentUpdate }) {
  const summary = pickText(update.summary, update.summaryKo);
  const title = pickText(update.commitmentTitle, null);
  const sources = update.sources.length;
  return (
    <li className={`recent-update${update.retraction ? ' recent-update--retracted' : ''}`}>
      <div className="recent-update__head">
        <time className="recent-update__date" dateTime={update.effectiveOn}>
          {formatDate(update.effectiveOn)}
        </time>
        <StatusBadge status={update.status} />
        {update.retraction ? (
          <span className="recent-update__retracted">{t('commitment.retracted')}</span>
        ) : null}
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
      <p className="recent-update__meta">
        {t('commitment.recordedBy', { name: update.author })}
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
