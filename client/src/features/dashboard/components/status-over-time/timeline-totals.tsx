import type { PointerEvent } from 'react';
import type { StatusKey } from '../../../../../../shared/domain/status.ts';
import { t } from '../../../../lib/i18n.ts';
import type { ChartLayout } from './timeline-layout.ts';
import type { TotalsStep } from './timeline-model.ts';
import { patternFill } from './timeline-patterns.tsx';

/** Bottom to top: what has been done first, then what is waiting, then what went wrong. */
export const STACK: readonly StatusKey[] = [
  'implemented',
  'partial',
  'in_progress',
  'not_started',
  'stalled',
  'reversed',
  'abandoned',
];

/**
 * One outlined area per status, stacked in STACK order: along its top edge from left to right, then back along
 * its bottom edge, stepping where the counts change.
 */
function bandPaths(steps: readonly TotalsStep[], layout: ChartLayout): Map<StatusKey, string> {
  const { top, height, max } = layout.totals;
  const y = (count: number) => (top + height - (count * height) / max).toFixed(1);
  const paths = new Map<StatusKey, string>();
  const below = steps.map(() => 0);
  for (const status of STACK) {
    if (steps.every((step) => step.counts[status] === 0)) {
      continue;
    }
    const upper: string[] = [];
    const lower: string[] = [];
    steps.forEach((step, index) => {
      const from = layout.x(step.from).toFixed(1);
      const to = layout.x(step.to).toFixed(1);
      const base = below[index]!;
      const count = step.counts[status];
      upper.push(`${index === 0 ? 'M' : 'L'}${from} ${y(base + count)}H${to}`);
      lower.unshift(`L${to} ${y(base)}H${from}`);
      below[index] = base + count;
    });
    paths.set(status, `${upper.join('')}${lower.join('')}Z`);
  }
  return paths;
}

interface TimelineTotalsProps {
  layout: ChartLayout;
  steps: readonly TotalsStep[];
  /** The pointer's position over the strip, if it is there. */
  hoverX: number | null;
  onHover: (x: number | null) => void;
  toLocalX: (event: PointerEvent) => number;
}

/** The totals by status over time, as stacked areas, under the rows; read by pointer (the table has it all). */
export function TimelineTotals({ layout, steps, hoverX, onHover, toLocalX }: TimelineTotalsProps) {
  const { top, height, labelY, max } = layout.totals;
  const paths = bandPaths(steps, layout);
  return (
    <g className="tl-totals" aria-hidden="true">
      <text className="tl-label tl-label--strong" x="0" y={layout.narrow ? labelY : top + 14}>
        {t('timeline.totals')}
      </text>
      <text className="tl-label tl-label--muted" x="0" y={layout.narrow ? labelY + 16 : top + 32}>
        {t('timeline.totalsScale', { max })}
      </text>
      <line
        className="tl-baseline"
        x1={layout.x0}
        x2={layout.x1}
        y1={top + height + 0.5}
        y2={top + height + 0.5}
      />
      <line className="tl-gridline" x1={layout.x0} x2={layout.x1} y1={top + 0.5} y2={top + 0.5} />
      {STACK.map((status) =>
        paths.get(status) ? (
          <path
            key={status}
            className={`tl-band status--${status}`}
            d={paths.get(status)}
            fill={patternFill(status)}
          />
        ) : null,
      )}
      {hoverX !== null ? (
        <line className="tl-hairline" x1={hoverX} x2={hoverX} y1={top - 4} y2={top + height + 4} />
      ) : null}
      <rect
        className="tl-totals__hit"
        x={layout.x0}
        y={top}
        width={layout.x1 - layout.x0}
        height={height}
        onPointerMove={(event) => onHover(toLocalX(event))}
        onPointerLeave={() => onHover(null)}
      />
    </g>
  );
}
