import { decidingUpdate, type DatedStatus } from './current-status.ts';
import type { IsoDate } from './dates.ts';
import type { StatusKey } from './status.ts';

/** The day a commitment's status became `status` (by effectiveOn). */
export type StatusChange = [effectiveOn: IsoDate, status: StatusKey];

/** One stretch of time with one status: from `from` up to (not including) `to`. */
export interface StatusPeriod {
  status: StatusKey;
  from: IsoDate;
  to: IsoDate;
  /** The last period, still running on `to` (the end of the range asked about). */
  current: boolean;
}

/** A change of status with the update that made it (the one deciding the status on that day). */
export interface StatusChangeBy<T> {
  change: StatusChange;
  update: T;
}

/**
 * Every change of a commitment's status, oldest first, as the status rule (current-status.ts) sees it on
 * each day an update took effect, each with its deciding update. Retracted updates do not count; same-day
 * updates are decided by the rule; days on which the status stays the same (and an opening "Not started")
 * are left out.
 */
export function statusChangesBy<T extends DatedStatus>(updates: readonly T[]): StatusChangeBy<T>[] {
  const days = [...new Set(updates.filter((u) => !u.retractedAt).map((u) => u.effectiveOn))].sort();
  const changes: StatusChangeBy<T>[] = [];
  let previous: StatusKey = 'not_started';
  for (const day of days) {
    const update = decidingUpdate(updates, day); // never undefined: a non-retracted update took effect
    if (!update || update.status === previous) continue;
    changes.push({ change: [day, update.status], update });
    previous = update.status;
  }
  return changes;
}

/** Every change of a commitment's status, oldest first (see statusChangesBy). */
export function statusTimeline(updates: readonly DatedStatus[]): StatusChange[] {
  return statusChangesBy(updates).map(({ change }) => change);
}

/** The status on a day, read from a timeline: Not started before its first change. */
export function statusOn(timeline: readonly StatusChange[], day: IsoDate): StatusKey {
  let status: StatusKey = 'not_started';
  for (const [from, next] of timeline) {
    if (from > day) break;
    status = next;
  }
  return status;
}

/** The periods that cover `start` to `end` (start < end), each with the status that held through it. */
export function statusPeriods(
  timeline: readonly StatusChange[],
  start: IsoDate,
  end: IsoDate,
): StatusPeriod[] {
  const periods: StatusPeriod[] = [];
  let from = start;
  let status = statusOn(timeline, start);
  for (const [day, next] of timeline) {
    if (day <= start) continue;
    if (day >= end) break;
    periods.push({ status, from, to: day, current: false });
    from = day;
    status = next;
  }
  periods.push({ status, from, to: end, current: true });
  return periods;
}

/** How many of the commitments stood at each status on a day. */
export function countsOn(
  timelines: readonly (readonly StatusChange[])[],
  day: IsoDate,
): Record<StatusKey, number> {
  const counts: Record<StatusKey, number> = {
    not_started: 0,
    in_progress: 0,
    partial: 0,
    implemented: 0,
    stalled: 0,
    reversed: 0,
    abandoned: 0,
  };
  for (const timeline of timelines) counts[statusOn(timeline, day)]++;
  return counts;
}
