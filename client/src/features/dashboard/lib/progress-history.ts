import type { Timeline } from '../../../../../shared/contracts/public.ts';
import {
  shareSeries,
  turningPoints,
  type SharePoint,
  type ShareFall,
} from '../../../../../shared/domain/compare.ts';
import type { IsoDate } from '../../../../../shared/domain/dates.ts';

/** The headline's story: how many commitments stood Implemented or Partially implemented, from `start` to `end`. */
export interface ProgressHistory {
  /** A point on `start`, then one on each day the number changed, up to `end`. */
  series: SharePoint[];
  /** The figure on `end` (the date the page shows). */
  now: SharePoint;
  /** The first day the number reached its highest, up to `end`; null while it never rose above 0. */
  peak: SharePoint | null;
  falls: ShareFall[];
  start: IsoDate;
  end: IsoDate;
}

/**
 * The story of the commitments named by `slugs` (those the page's scope keeps), by the same rule as /compare
 * (shared/domain/compare.ts), cut at `end` so a past date tells the story as it stood then.
 */
export function progressHistory(
  timeline: Timeline,
  slugs: ReadonlySet<string>,
  start: IsoDate,
  end: IsoDate,
): ProgressHistory {
  const timelines = timeline.commitments.filter((c) => slugs.has(c.slug)).map((c) => c.changes);
  const series = shareSeries(timelines, start).filter((point) => point.date <= end);
  const { peak, falls } = turningPoints(series);
  return { series, now: series.at(-1)!, peak, falls, start, end };
}

export type YearPart = 'early' | 'mid' | 'late';

/** "Early", "mid" or "late" in a year (January-April, May-August, September-December): a peak's rough date. */
export function yearPart(date: IsoDate): { part: YearPart; year: number } {
  const month = Number(date.slice(5, 7));
  return { part: month <= 4 ? 'early' : month <= 8 ? 'mid' : 'late', year: Number(date.slice(0, 4)) };
}
