import { Link, useLocation } from 'react-router';
import type { StatusUpdate } from '../../../../../shared/contracts/public.ts';
import { statusAsOf } from '../../../../../shared/domain/current-status.ts';
import type { IsoDate } from '../../../../../shared/domain/dates.ts';
import type { StatusKey } from '../../../../../shared/domain/status.ts';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { formatDate } from '../../../lib/format.ts';
import { t } from '../../../lib/i18n.ts';
import './as-of-banner.css';

/** The status on a day, by the shared rule, from the history as the API sends it. */
export function statusOnDay(updates: readonly StatusUpdate[], day: IsoDate): StatusKey {
  return statusAsOf(
    updates.map((u) => ({ ...u, retractedAt: u.retraction?.at ?? null })),
    day,
  );
}

interface AsOfBannerProps {
  updates: readonly StatusUpdate[];
  asOf: IsoDate;
}

/**
 * Opened at a past date (?asOf=, as the dashboard's links do when it shows one): at the top of the page, the
 * status on that date and how many entries of the history came later (they are marked "After …" there), with
 * the way to today's view. Today's status follows below it, as on every commitment page.
 */
export function AsOfBanner({ updates, asOf }: AsOfBannerProps) {
  const { pathname } = useLocation();
  const after = updates.filter((u) => u.effectiveOn > asOf).length;
  return (
    <div className="as-of-banner">
      <p className="as-of-banner__status">
        <strong>{t('commitment.asOf.heading', { date: formatDate(asOf) })}</strong>
        <StatusBadge status={statusOnDay(updates, asOf)} size="large" />
      </p>
      <p>
        {after === 0
          ? t('commitment.asOf.noneAfter')
          : t(after === 1 ? 'commitment.asOf.after.one' : 'commitment.asOf.after.other', {
              count: after,
            })}{' '}
        <Link to={{ pathname }}>{t('asOf.seeToday')}</Link>
      </p>
    </div>
  );
}
