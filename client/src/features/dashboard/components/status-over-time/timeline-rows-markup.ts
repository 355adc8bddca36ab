import type { IsoDate } from '../../../../../../shared/domain/dates.ts';
import { escapeHtml } from '../../../../../../shared/lib/escape-html.ts';
import type { ChartLayout, RowBox } from './timeline-layout.ts';
import { periodLink, periodName, titleOf } from './timeline-period.ts';
import { patternFill } from './timeline-patterns.tsx';

/** A period's place in the chart, written on its link as `data-spot="row:period"`. */
export interface Spot {
  row: number;
  period: number;
}

export const spotKey = (spot: Spot) => `${spot.row}:${spot.period}`;

/** The spot a period link names, or null for anything else in the chart. */
export function spotOf(target: EventTarget | null): { spot: Spot; link: SVGAElement } | null {
  const link = target instanceof Element ? target.closest<SVGAElement>('a[data-spot]') : null;
  const [row, period] = (link?.dataset.spot ?? '').split(':').map(Number);
  if (!link || row === undefined || period === undefined) return null;
  return { spot: { row, period }, link };
}

const tenth = (n: number) => Math.round(n * 10) / 10;

/** Each row's band (painted under its label and bars; the active row's is shaded), as markup. */
export function rowBandsMarkup(layout: ChartLayout): string {
  return layout.rows
    .map(
      (box, index) =>
        `<rect class="tl-row" data-row="${index}" x="0" y="${box.top}" width="${layout.width}" ` +
        `height="${box.height}"></rect>`,
    )
    .join('');
}

function rowPeriodsMarkup(box: RowBox, rowIndex: number, layout: ChartLayout, asOf: IsoDate | undefined) {
  const { commitment } = box.row;
  const title = titleOf(commitment);
  return box.row.periods
    .map((period, periodIndex) => {
      const left = layout.x(period.from);
      const width = tenth(Math.max(1.5, layout.x(period.to) - left));
      const first = rowIndex === 0 && periodIndex === 0;
      return (
        `<a class="tl-period" data-spot="${rowIndex}:${periodIndex}" ` +
        `href="${escapeHtml(periodLink(commitment.slug, period, asOf))}" ` +
        `aria-label="${escapeHtml(periodName(title, period))}" tabindex="${first ? 0 : -1}">` +
        `<rect class="tl-seg status--${period.status}" x="${left}" y="${box.barTop}" width="${width}" ` +
        `height="${box.barHeight}" fill="${patternFill(period.status)}"></rect></a>`
      );
    })
    .join('');
}

/**
 * Every row's periods, each a link, as one piece of markup. The dashboard's server render is held to 20 ms,
 * and these ~350 links and bars, drawn as React elements, were the largest part of it (decision 078). The
 * same function runs in the browser, so hydration finds the same markup; the chart handles the links' events
 * from its <svg> (timeline-chart.tsx). The first period is the chart's one tab stop until the reader moves it.
 */
export function periodsMarkup(layout: ChartLayout, asOf: IsoDate | undefined): string {
  return layout.rows.map((box, index) => rowPeriodsMarkup(box, index, layout, asOf)).join('');
}
