import type { StatusKey } from './status.ts';

/**
 * The statuses that count as progress in the headline figure: a commitment fully carried out or with a
 * substantial part done. The definition is explained to readers on /about (#about-progress).
 */
export const PROGRESS_STATUSES: readonly StatusKey[] = ['implemented', 'partial'];

export interface Progress {
  /** Commitments Implemented or Partially implemented. */
  done: number;
  total: number;
  /** done / total as a whole percentage (rounded to nearest); null when there is nothing to count. */
  percent: number | null;
}

function toProgress(done: number, total: number): Progress {
  return { done, total, percent: total === 0 ? null : Math.round((done / total) * 100) };
}

/** Progress of a set of commitments, from their statuses (as of one date). */
export function progressOf(statuses: Iterable<StatusKey>): Progress {
  let done = 0;
  let total = 0;
  for (const status of statuses) {
    total++;
    if (PROGRESS_STATUSES.includes(status)) done++;
  }
  return toProgress(done, total);
}

/** The same figure from counts by status (as the dashboard and agreement payloads carry them). */
export function progressFromCounts(counts: Partial<Record<StatusKey, number>>): Progress {
  let done = 0;
  let total = 0;
  for (const [status, count] of Object.entries(counts) as [StatusKey, number | undefined][]) {
    total += count ?? 0;
    if (PROGRESS_STATUSES.includes(status)) done += count ?? 0;
  }
  return toProgress(done, total);
}

/**
 * The change between two figures in percentage points, as readers see them: the difference of the rounded
 * percentages, so "4% then, 13% now" reads as +9 and never as a +8 that the rounding hides.
 */
export function progressChange(then: Progress, now: Progress): number | null {
  if (then.percent === null || now.percent === null) return null;
  return now.percent - then.percent;
}
