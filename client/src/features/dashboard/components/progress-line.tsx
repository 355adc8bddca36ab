import { dayNumber } from '../../../../../shared/domain/dates.ts';
import { formatDate } from '../../../lib/format.ts';
import { t } from '../../../lib/i18n.ts';
import type { ProgressHistory } from '../lib/progress-history.ts';

// Drawn in SVG units and scaled as a whole (width and height fix its shape before CSS loads, so nothing
// shifts); the CSP allows no inline styles, so every position is an SVG attribute.
const WIDTH = 320;
const HEIGHT = 72;
const TOP = 14; // room for the peak's label
const BOTTOM = 16; // room for the years
const LEFT = 4;
const RIGHT = 22; // room for the last value

/** A small step line of the headline figure over time, with the peak and the falls marked. */
export function ProgressLine({ history }: { history: ProgressHistory }) {
  const { series, peak, falls, start, end } = history;
  const span = Math.max(1, dayNumber(end) - dayNumber(start));
  const high = Math.max(1, peak?.done ?? 0);
  const x = (date: string) => LEFT + ((WIDTH - LEFT - RIGHT) * (dayNumber(date) - dayNumber(start))) / span;
  const y = (done: number) => TOP + (HEIGHT - TOP - BOTTOM) * (1 - done / high);
  let path = '';
  series.forEach((point, index) => {
    path += index === 0 ? `M${x(point.date)},${y(point.done)}` : `H${x(point.date)}V${y(point.done)}`;
  });
  path += `H${x(end)}`;
  const last = series.at(-1)!;
  const label = [
    t('headline.line', { from: formatDate(start), to: formatDate(end), done: last.done }),
    peak ? t('headline.linePeak', { peak: peak.done, date: formatDate(peak.date) }) : '',
    falls.length > 0
      ? t('headline.lineFalls', { dates: falls.map((fall) => formatDate(fall.date)).join(', ') })
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <svg
      className="progress-line"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={label}
    >
      <line className="progress-line__base" x1={LEFT} x2={x(end)} y1={y(0)} y2={y(0)} />
      <path className="progress-line__path" d={path} />
      {falls.map((fall) => (
        <path
          key={fall.date}
          className="progress-line__fall"
          d={`M${x(fall.date) - 3.5},${y(fall.done) + 3}h7l-3.5,5z`}
        />
      ))}
      {peak ? (
        <>
          <circle className="progress-line__peak" cx={x(peak.date)} cy={y(peak.done)} r="3" />
          <text className="progress-line__label" x={x(peak.date)} y={TOP - 4} textAnchor="middle">
            {peak.done}
          </text>
        </>
      ) : null}
      <circle className="progress-line__now" cx={x(end)} cy={y(last.done)} r="3" />
      <text className="progress-line__label" x={x(end) + 5} y={y(last.done) + 4}>
        {last.done}
      </text>
      <text className="progress-line__year" x={LEFT} y={HEIGHT - 3}>
        {start.slice(0, 4)}
      </text>
      <text className="progress-line__year" x={x(end)} y={HEIGHT - 3} textAnchor="end">
        {end.slice(0, 4)}
      </text>
    </svg>
  );
}
