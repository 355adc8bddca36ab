import type { IsoDate } from './dates.ts';
import { PROGRESS_STATUSES } from './progress.ts';
import { statusOn, type StatusChange } from './status-timeline.ts';

/** The share of an agreement's commitments Implemented or Partially implemented, from a day on. */
export interface SharePoint {
  date: IsoDate;
  done: number;
  total: number;
  /** done / total as a whole percentage; 0 for an agreement with no commitments. */
  percent: number;
}

/** A day the share fell: from `fromPercent` to the point's percent. */
export interface ShareFall extends SharePoint {
  fromPercent: number;
}

export interface TurningPoints {
  /** The first day the share reached its highest value; null while it never rose above 0. */
  peak: SharePoint | null;
  /** Every day the share went down, oldest first. */
  falls: ShareFall[];
}

const point = (date: IsoDate, done: number, total: number): SharePoint => ({
  date,
  done,
  total,
  percent: total === 0 ? 0 : Math.round((done / total) * 100),
});

/**
 * An agreement's progress over time, by the same status rule as everything else (status-timeline.ts):
 * a point on `start` (the signing day), then one on each later day the number of commitments Implemented
 * or Partially implemented changed. Days on which statuses moved without changing that number are left
 * out: the line does not move on them.
 */
export function shareSeries(timelines: readonly (readonly StatusChange[])[], start: IsoDate): SharePoint[] {
  const total = timelines.length;
  const doneOn = (day: IsoDate) =>
    timelines.filter((timeline) => PROGRESS_STATUSES.includes(statusOn(timeline, day))).length;
  const days = [...new Set(timelines.flatMap((timeline) => timeline.map(([day]) => day)))]
    .filter((day) => day > start)
    .sort();
  const series = [point(start, doneOn(start), total)];
  for (const day of days) {
    const done = doneOn(day);
    if (done !== series.at(-1)!.done) series.push(point(day, done, total));
  }
  return series;
}

/** The peak of a series and the days it fell. */
export function turningPoints(series: readonly SharePoint[]): TurningPoints {
  let peak: SharePoint | null = null;
  const falls: ShareFall[] = [];
  series.forEach((current, index) => {
    if (current.done > (peak?.done ?? 0)) peak = current;
    const previous = series[index - 1];
    if (previous && current.done < previous.done) falls.push({ ...current, fromPercent: previous.percent });
  });
  return { peak, falls };
}
