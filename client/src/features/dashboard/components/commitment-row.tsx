import { Link } from 'react-router';
import type { CommitmentSummary } from '../../../../../shared/contracts/public.ts';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { formatDate } from '../../../lib/format.ts';
import { categoryLabel, t } from '../../../lib/i18n.ts';

/** One commitment in the dashboard list. The link holds the title only, so its accessible name is the title. */
export function CommitmentRow({ commitment }: { commitment: CommitmentSummary }) {
  return (
    <li className="commitment-row">
      <p className="commitment-row__ref">
        <span className="commitment-row__article">{commitment.articleRef}</span>
        <span>{categoryLabel(commitment.category)}</span>
      </p>
      <div className="commitment-row__text">
        <p className="commitment-row__title">
          <Link to={`/commitments/${commitment.slug}`}>{commitment.title}</Link>
        </p>
        {commitment.titleKo ? (
          <p className="commitment-row__title-ko" lang="ko">
            {commitment.titleKo}
          </p>
        ) : null}
      </div>
      <div className="commitment-row__status">
        <StatusBadge status={commitment.status} />
        <span className="commitment-row__updated">
          {commitment.lastUpdateOn
            ? t('dashboard.commitment.lastUpdate', { date: formatDate(commitment.lastUpdateOn) })
            : t('dashboard.commitment.noUpdates')}
        </span>
      </div>
    </li>
  );
}
