import type { IsoDate } from './dates.ts';
import type { StatusKey } from './status.ts';

/** What the rule needs from a commitment: its deadline and its status as of the date asked about. */
export interface DeadlineFacts {
  deadline: IsoDate | null;
  status: StatusKey;
}

/**
 * A deadline is missed on `asOf` when it fell before that day and the commitment was not Implemented then.
 * The deadline day itself still counts as in time; a commitment without a deadline can never miss one.
 * `status` must be the status as of `asOf` (the dashboard's status for that date), not today's.
 */
export function isDeadlineMissed({ deadline, status }: DeadlineFacts, asOf: IsoDate): boolean {
  if (!deadline) return false;
  return deadline < asOf && status !== 'implemented';
}
