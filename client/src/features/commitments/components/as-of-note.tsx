import { Link, useLocation } from 'react-router';
import type { StatusUpdate } from '../../../../../shared/contracts/public.ts';
import { statusAsOf } from '../../../../../shared/domain/current-status.ts';
import type { IsoDate } from '../../../../../shared/domain/dates.ts';
import type { StatusKey } from '../../../../../shared/domain/status.ts';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { withAsOf } from '../../../lib/as-of.ts';
import { formatDate } from '../../../lib/format.ts';
import { t } from '../../../lib/i18n.ts';
import './as-of-note.css';

/** The status on a day, by the shared rule, from the history as the API sends it. */
export function statusOnDay(updates: readonly StatusUpdate[], day: IsoDate): StatusKey {
  return statusAsOf(
    updates.map((u) => ({ ...u, retractedAt: u.retraction?.at ?? null })),
    day,
  );
}

interface AsOfNoteProps {
  updates: readonly StatusUpdate[];
  asOf: IsoDate;
}

/**
 * Opened from a dashboard that shows a past date: the status on that date, and which entries of the history came
 * later (they are marked "After …" below). The page itself still shows today's status at the top.
 */
export function AsOfNote({ updates, asOf }: AsOfNoteProps) {
  const { pathname } = useLocation();
  const after = updates.filter((u) => u.effectiveOn > asOf).length;
  const date = formatDate(asOf);
  return (
    <div className="as-of-note">
      <p className="as-of-note__status">
        <strong>{t('commitment.asOf.heading', { date })}</strong>
        <span>{t('commitment.asOf.status')}</span>
        <StatusBadge status={statusOnDay(updates, asOf)} />
      </p>
      <p>
        {after === 0
          ? t('commitment.asOf.noneAfter')
          : t(after === 1 ? 'commitment.asOf.after.one' : 'commitment.asOf.after.other', { count: after })}
      </p>
      <p className="as-of-note__links">
        <Link to={withAsOf('/', asOf)}>{t('commitment.asOf.dashboard', { date })}</Link>
        <Link to={{ pathname }}>{t('asOf.seeToday')}</Link>
      </p>
    </div>
  );
}
