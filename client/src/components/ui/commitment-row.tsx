import { Link } from 'react-router';
import type { CommitmentSummary } from '../../../../shared/contracts/public.ts';
import type { IsoDate } from '../../../../shared/domain/dates.ts';
import { deadlineState } from '../../../../shared/domain/deadlines.ts';
import { withAsOf } from '../../lib/as-of.ts';
import { formatDate } from '../../lib/format.ts';
import { categoryLabel, t } from '../../lib/i18n.ts';
import { DeadlineMissed, DeadlineTerms } from './deadline.tsx';
import { otherText, pickText, UntranslatedMark } from './localized.tsx';
import { StatusBadge } from './status-badge.tsx';
import './commitment-row.css';

interface CommitmentRowProps {
  commitment: CommitmentSummary;
  /** The date its status is as of: deadlines are judged on it. */
  statusOn: IsoDate;
  /** Set when the page shows a past date: the link opens the commitment at that date. */
  asOf: IsoDate | undefined;
}

/** One commitment in a list. The link holds the title only, so its accessible name is the title. */
export function CommitmentRow({ commitment, statusOn, asOf }: CommitmentRowProps) {
  const missed = deadlineState(commitment, statusOn) === 'missed';
  const title = pickText(commitment.title, commitment.titleKo);
  const other = otherText(commitment.title, commitment.titleKo);
  return (
    <li className="commitment-row">
      <p className="commitment-row__ref">
        <span className="commitment-row__article">{commitment.articleRef}</span>
        <span>{categoryLabel(commitment.category)}</span>
      </p>
      <div className="commitment-row__text">
        <p className="commitment-row__title">
          <Link to={withAsOf(`/commitments/${commitment.slug}`, asOf)} lang={title.lang}>
            {title.text}
          </Link>
          {title.untranslated ? <UntranslatedMark /> : null}
        </p>
        {other ? (
          <p className="commitment-row__title-ko" lang={other.lang}>
            {other.text}
          </p>
        ) : null}
        {commitment.deadline || commitment.deadlineNote ? (
          <p className="commitment-row__deadline">
            <DeadlineTerms deadline={commitment.deadline} note={commitment.deadlineNote} />
          </p>
        ) : null}
      </div>
      <div className="commitment-row__status">
        <StatusBadge status={commitment.status} />
        {missed ? <DeadlineMissed /> : null}
        <span className="commitment-row__updated">
          {commitment.lastUpdateOn
            ? t('dashboard.commitment.lastUpdate', { date: formatDate(commitment.lastUpdateOn) })
            : t('dashboard.commitment.noUpdates')}
        </span>
      </div>
    </li>
  );
}
