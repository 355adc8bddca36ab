import type { CommitmentSummary } from '../../../../shared/contracts/public.ts';
import type { IsoDate } from '../../../../shared/domain/dates.ts';
import { withAsOf } from '../../lib/as-of.ts';
import { articleRefText } from '../../lib/evidence.ts';
import { formatDate } from '../../lib/format.ts';
import { categoryLabel, t } from '../../lib/i18n.ts';
import { DeadlineStatus, DeadlineTerms } from './deadline.tsx';
import { otherText, pickText, UntranslatedMark } from './localized.tsx';
import { StatusBadge } from './status-badge.tsx';
import './commitment-row.css';

interface CommitmentRowProps {
  commitment: CommitmentSummary;
  /** Set when the page shows a past date: the link opens the commitment at that date. */
  asOf: IsoDate | undefined;
}

/**
 * One commitment in a list. The link holds the title only, so its accessible name is the title. The list that
 * holds the rows follows their links inside the app, with `useFollowInApp`.
 */
export function CommitmentRow({ commitment, asOf }: CommitmentRowProps) {
  const title = pickText(commitment.title, commitment.titleKo);
  const other = otherText(commitment.title, commitment.titleKo);
  return (
    <li className="commitment-row">
      <p className="commitment-row__ref">
        <span className="commitment-row__article">{articleRefText(commitment.articleRef)}</span>
        <span>{categoryLabel(commitment.category)}</span>
      </p>
      <div className="commitment-row__text">
        <p className="commitment-row__title">
          {/* A plain link: its list follows it inside the app (useFollowInApp). */}
          <a href={withAsOf(`/commitments/${commitment.slug}`, asOf)} lang={title.lang} data-in-app="">
            {title.text}
          </a>
          {title.untranslated ? <UntranslatedMark /> : null}
        </p>
        {other ? (
          <p className="commitment-row__title-ko" lang={other.lang}>
            {other.text}
          </p>
        ) : null}
        {commitment.deadline || commitment.deadlineNote ? (
          <p className="commitment-row__deadline">
            <DeadlineTerms
              deadline={commitment.deadline}
              note={commitment.deadlineNote}
              noteKo={commitment.deadlineNoteKo}
            />
          </p>
        ) : null}
      </div>
      <div className="commitment-row__status">
        <StatusBadge status={commitment.status} />
        {/* The payload's deadlineState is as of the date the list shows. */}
        <DeadlineStatus
          state={commitment.deadlineState}
          deadline={commitment.deadline}
          deadlineMetOn={commitment.deadlineMetOn}
        />
        <span className="commitment-row__updated">
          {commitment.lastUpdateOn
            ? t('dashboard.commitment.lastUpdate', { date: formatDate(commitment.lastUpdateOn) })
            : t('dashboard.commitment.noUpdates')}
        </span>
      </div>
    </li>
  );
}
