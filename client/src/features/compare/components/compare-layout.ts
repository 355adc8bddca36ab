import type { Compare } from '../../../../../shared/contracts/public.ts';
import type { IsoDate } from '../../../../../shared/domain/dates.ts';

type Series = Compare['agreements'][number];

export interface Marker {
  kind: 'peak' | 'fall';
  x: number;
  y: number;
  date: IsoDate;
  percent: number;
}

export interface LineLayout {
  slug: string;
  /** A step line: the share holds until the next point, then jumps. */
  path: string;
  markers: Marker[];
}

export interface CompareLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  lines: LineLayout[];
  yTicks: { y: number; label: string }[];
  xTicks: { x: number; label: string }[];
}

const time = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`);

/**
 * Where everything goes, in pixels of a chart `width` wide: x runs from the earliest signing to `today`,
 * y from 0% (bottom) to 100%. A pure function, so the drawing stays simple and testable.
 */
export function layoutCompare(series: readonly Series[], width: number, today: IsoDate): CompareLayout {
  const narrow = width < 480;
  const height = narrow ? 220 : 300;
  const plot = { left: 44, right: width - (narrow ? 10 : 16), top: 12, bottom: height - 28 };
  const start = Math.min(...series.map((s) => time(s.signedOn)), time(today));
  const end = Math.max(time(today), start + 86_400_000);
  const x = (date: IsoDate) => plot.left + ((time(date) - start) / (end - start)) * (plot.right - plot.left);
  const y = (percent: number) => plot.bottom - (percent / 100) * (plot.bottom - plot.top);
  const round = (value: number) => Math.round(value * 10) / 10;

  const lines = series.map((agreement): LineLayout => {
    const parts: string[] = [];
    agreement.points.forEach((point, index) => {
      const px = round(x(point.date));
      const py = round(y(point.percent));
      parts.push(index === 0 ? `M${px},${py}` : `H${px}V${py}`);
    });
    parts.push(`H${round(plot.right)}`);
    const marker = (kind: Marker['kind'], point: { date: IsoDate; percent: number }): Marker => ({
      kind,
      x: round(x(point.date)),
      y: round(y(point.percent)),
      date: point.date,
      percent: point.percent,
    });
    return {
      slug: agreement.slug,
      path: parts.join(''),
      markers: [
        ...(agreement.peak ? [marker('peak', agreement.peak)] : []),
        ...agreement.falls.map((fall) => marker('fall', fall)),
      ],
    };
  });

  const firstYear = new Date(start).getUTCFullYear() + 1;
  const lastYear = new Date(end).getUTCFullYear();
  const every = narrow ? 2 : 1;
  const xTicks: CompareLayout['xTicks'] = [];
  for (let year = firstYear; year <= lastYear; year += every) {
    const at = x(`${year}-01-01`);
    if (at > plot.left + 12 && at < plot.right - 12) xTicks.push({ x: round(at), label: String(year) });
  }
  const yTicks = [0, 25, 50, 75, 100].map((percent) => ({ y: round(y(percent)), label: `${percent}%` }));
  return { width, height, plot, lines, yTicks, xTicks };
}
