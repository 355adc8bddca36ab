import type { IsoDate } from './dates.ts';

/** none: no deadline; pending: not yet due; met: met on or before the date asked about; missed: due and not met. */
export const DEADLINE_STATES = ['none', 'pending', 'met', 'missed'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** What the rule needs: the deadline and the day it was met (null while it is not). */
export interface DeadlineFacts {
  deadline: IsoDate | null;
  deadlineMetOn: IsoDate | null;
}

/**
 * A commitment's deadline as it stood on `asOf`. Met once the met date is on or before `asOf`, even when
 * that was after the deadline (met late still counts as met; pages show the date). The deadline day itself
 * is still in time. Overall status plays no part: a milestone can be met while the clause later unravels.
 */
export function deadlineState({ deadline, deadlineMetOn }: DeadlineFacts, asOf: IsoDate): DeadlineState {
  if (!deadline) return 'none';
  if (deadlineMetOn && deadlineMetOn <= asOf) return 'met';
  return deadline < asOf ? 'missed' : 'pending';
}

/** The fields of an update that can meet a deadline. */
export interface DeadlineEvidence {
  effectiveOn: IsoDate;
  meetsDeadline: boolean;
  retractedAt?: string | Date | boolean | null;
}

/**
 * The day a deadline was met: the earliest of an analyst's dated action (`recordedMetOn`) and the
 * non-retracted updates marked as meeting it; null when nothing says so.
 */
export function deadlineMetOn(
  recordedMetOn: IsoDate | null,
  updates: readonly DeadlineEvidence[],
): IsoDate | null {
  let earliest = recordedMetOn;
  for (const update of updates) {
    if (!update.meetsDeadline || update.retractedAt) continue;
    if (!earliest || update.effectiveOn < earliest) earliest = update.effectiveOn;
  }
  return earliest;
}
