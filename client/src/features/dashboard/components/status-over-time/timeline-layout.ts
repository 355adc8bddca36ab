import type { IsoDate } from '../../../../../../shared/domain/dates.ts';
import { pickText } from '../../../../components/ui/localized.tsx';
import { dayNumber, isoFromDay, yearStarts, type TimelineModel, type TimelineRow } from './timeline-model.ts';

/** Below this width a row's label goes above its bar, so the bars keep the whole width. */
export const NARROW = 640;

export interface RowBox {
  row: TimelineRow;
  top: number;
  height: number;
  barTop: number;
  barHeight: number;
  labelY: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  narrow: boolean;
  labelWidth: number;
  /** The plot's left and right edges. */
  x0: number;
  x1: number;
  x: (day: IsoDate) => number;
  dayAt: (x: number) => IsoDate;
  axisY: number;
  years: { x: number; label: string }[];
  groups: { y: number; title: string }[];
  rows: RowBox[];
  totals: { top: number; height: number; labelY: number; axisY: number; max: number };
}

/** Where everything goes, for a drawing `width` pixels wide (drawn at 1:1, so text keeps its size). */
export function layoutChart(model: TimelineModel, width: number): ChartLayout {
  const narrow = width < NARROW;
  const labelWidth = narrow ? 0 : Math.round(Math.min(320, Math.max(200, width * 0.3)));
  const x0 = narrow ? 1 : labelWidth + 16;
  const x1 = width - 2;
  const d0 = dayNumber(model.start);
  const span = Math.max(1, dayNumber(model.end) - d0);
  // A tenth of a pixel is finer than any screen shows; more digits only weigh down the server's HTML.
  // Kept per day: the same few hundred days are placed thousands of times (periods, totals, axis).
  const placed = new Map<IsoDate, number>();
  const x = (day: IsoDate) => {
    let px = placed.get(day);
    if (px === undefined) {
      px = Math.round((x0 + ((dayNumber(day) - d0) / span) * (x1 - x0)) * 10) / 10;
      placed.set(day, px);
    }
    return px;
  };
  const dayAt = (px: number) =>
    isoFromDay(Math.round(d0 + (Math.min(x1, Math.max(x0, px)) - x0) / ((x1 - x0) / span)));

  const axisY = 36;
  const allYears = yearStarts(model.start, model.end).map((day) => ({ x: x(day), label: day.slice(0, 4) }));
  // Every other year when they would crowd (phones): at least 34 px per label.
  const step = (x1 - x0) / Math.max(1, allYears.length) < 34 ? 2 : 1;
  const years = allYears.filter((_, index) => index % step === (allYears.length - 1) % step);

  const rowHeight = narrow ? 36 : 26;
  const barHeight = narrow ? 14 : 16;
  let y = axisY + 6;
  const groups: ChartLayout['groups'] = [];
  const rows: RowBox[] = [];
  for (const group of model.groups) {
    groups.push({ y: y + 18, title: pickText(group.agreement.title, group.agreement.titleKo).text });
    y += 28;
    for (const row of group.rows) {
      const barTop = narrow ? y + 18 : y + (rowHeight - barHeight) / 2;
      rows.push({
        row,
        top: y,
        height: rowHeight,
        barTop,
        barHeight,
        labelY: narrow ? y + 13 : y + rowHeight / 2 + 4,
      });
      y += rowHeight;
    }
  }
  const labelY = y + 30;
  const top = narrow ? y + 60 : y + 22;
  const height = 110;
  const max = Math.max(1, ...model.steps.map((s) => s.total));
  return {
    width,
    height: top + height + 26,
    narrow,
    labelWidth,
    x0,
    x1,
    x,
    dayAt,
    axisY,
    years,
    groups,
    rows,
    totals: { top, height, labelY, axisY: top + height + 18, max },
  };
}

/**
 * The drawing's height below and above NARROW: it depends on the rows, not on the width, so the page can
 * keep the room the browser's drawing will take before the browser draws it (status-over-time.css).
 */
export function chartHeights(model: TimelineModel): { narrow: number; wide: number } {
  return { narrow: layoutChart(model, NARROW - 1).height, wide: layoutChart(model, NARROW).height };
}
