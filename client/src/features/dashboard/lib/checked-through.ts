import type { Dashboard } from '../../../../../shared/contracts/public.ts';
import type { IsoDate } from '../../../../../shared/domain/dates.ts';

export interface CheckedThrough {
  /** The day the record is checked through: the payload's, else the earliest among those checked. */
  date: IsoDate | null;
  /** Commitments never updated nor reviewed: they hold the payload's checkedThrough at null. */
  unchecked: number;
}

/**
 * How far the record is checked. The payload's checkedThrough is null as soon as one commitment was never
 * checked (a new agreement's, say); rather than saying nothing, the first screen then gives the day the
 * others are checked through and how many are not (docs/decisions/025-evidence-on-public-pages.md).
 */
export function checkedThrough(dashboard: Pick<Dashboard, 'checkedThrough' | 'commitments'>): CheckedThrough {
  const unchecked = dashboard.commitments.filter((c) => !c.reviewedThrough).length;
  if (dashboard.checkedThrough) return { date: dashboard.checkedThrough, unchecked };
  const days = dashboard.commitments.flatMap((c) => (c.reviewedThrough ? [c.reviewedThrough] : []));
  return { date: days.sort()[0] ?? null, unchecked };
}
