import type { IsoDate } from './dates.ts';
import type { StatusKey } from './status.ts';

/** The fields the status rule needs from an update; rows and API objects both fit. */
export interface DatedStatus {
  status: StatusKey;
  effectiveOn: IsoDate;
  /** When it was entered: an ISO string, a Date, or epoch milliseconds. */
  createdAt: string | Date | number;
  /** Set (a time, or true) when the update was retracted. */
  retractedAt?: string | Date | boolean | null;
}

function createdMillis(value: string | Date | number): number {
  if (typeof value === 'number') return value;
  return value instanceof Date ? value.getTime() : Date.parse(value);
}

/**
 * The update that decides a commitment's status as of `asOf` (or now, when omitted):
 * the latest non-retracted update by effectiveOn, ties broken by createdAt. Undefined means none counts.
 */
export function decidingUpdate<T extends DatedStatus>(updates: readonly T[], asOf?: IsoDate): T | undefined {
  let best: T | undefined;
  for (const update of updates) {
    if (update.retractedAt) continue;
    if (asOf !== undefined && update.effectiveOn > asOf) continue;
    if (
      !best ||
      update.effectiveOn > best.effectiveOn ||
      (update.effectiveOn === best.effectiveOn &&
        createdMillis(update.createdAt) > createdMillis(best.createdAt))
    ) {
      best = update;
    }
  }
  return best;
}

/** Status as of a date (or now): the deciding update's status, or not_started when there is none. */
export function statusAsOf(updates: readonly DatedStatus[], asOf?: IsoDate): StatusKey {
  return decidingUpdate(updates, asOf)?.status ?? 'not_started';
}
