import type { Compare } from '../../../../../shared/contracts/public.ts';
import { todayIso } from '../../../../../shared/domain/dates.ts';
import { pickText } from '../../../components/ui/localized.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useWidth } from '../../../lib/use-width.ts';
import { ct } from '../compare-text.ts';
import { layoutCompare, type Marker } from './compare-layout.ts';

/** Line styles by position: colour, dash and marker shape differ, so colour is never the only signal. */
export const LINE_STYLES = 4;

function MarkerShape({ marker, title }: { marker: Marker; title: string }) {
  const label = `${title}: ${ct(marker.kind === 'peak' ? 'peakMark' : 'fallMark')} ${marker.percent}% · ${formatDate(marker.date)}`;
  if (marker.kind === 'peak')
    return (
      <circle className="compare-marker compare-marker--peak" cx={marker.x} cy={marker.y} r="5">
        <title>{label}</title>
      </circle>
    );
  const { x, y } = marker;
  return (
    <path className="compare-marker compare-marker--fall" d={`M${x - 5},${y - 4}H${x + 5}L${x},${y + 5}Z`}>
      <title>{label}</title>
    </path>
  );
}

/** The width the server draws the chart at; without JavaScript, CSS scales it to the page's width. */
const DRAWN_WIDTH = 720;

/** One step line per agreement, its peak (●) and falls (▼) marked; drawn at the width it is given. */
export function CompareChart({ series }: { series: Compare['agreements'] }) {
  const [ref, width] = useWidth<HTMLDivElement>(DRAWN_WIDTH);
  const layout = width > 0 ? layoutCompare(series, width, todayIso()) : null;
  return (
    <div ref={ref} className="compare-chart">
      {layout ? (
        <svg
          className="compare-chart__svg"
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-labelledby="compare-chart-title"
          aria-describedby="compare-chart-note"
        >
          {layout.yTicks.map((tick) => (
            <g key={tick.label}>
              <line
                className="compare-grid"
                x1={layout.plot.left}
                x2={layout.plot.right}
                y1={tick.y}
                y2={tick.y}
              />
              <text className="compare-axis" x={layout.plot.left - 6} y={tick.y + 4} textAnchor="end">
                {tick.label}
              </text>
            </g>
          ))}
          {layout.xTicks.map((tick) => (
            <text
              key={tick.label}
              className="compare-axis"
              x={tick.x}
              y={layout.height - 8}
              textAnchor="middle"
            >
              {tick.label}
            </text>
          ))}
          {layout.lines.map((line, index) => {
            const title = pickText(series[index]!.title, series[index]!.titleKo).text;
            return (
              <g key={line.slug} className={`compare-series compare-series--${index % LINE_STYLES}`}>
                <path className="compare-line" d={line.path} />
                {line.markers.map((marker) => (
                  <MarkerShape key={`${marker.kind}:${marker.date}`} marker={marker} title={title} />
                ))}
              </g>
            );
          })}
        </svg>
      ) : (
        <div className="compare-chart__placeholder" />
      )}
    </div>
  );
}
