import type { StatusCounts } from '../../../../shared/contracts/public.ts';
import { STATUS_KEYS, type StatusKey } from '../../../../shared/domain/status.ts';

interface Segment {
  status: StatusKey;
  x: number;
  width: number;
}

function toSegments(counts: Partial<StatusCounts>): Segment[] {
  const segments: Segment[] = [];
  let x = 0;
  for (const status of STATUS_KEYS) {
    const width = counts[status] ?? 0;
    if (width > 0) segments.push({ status, x, width });
    x += width;
  }
  return segments;
}

/**
 * The share of each status as one stacked bar. Decorative (the counts beside it carry the numbers), and drawn
 * in SVG units rather than inline widths because the CSP forbids style attributes.
 */
export function StatusBar({ counts, total }: { counts: Partial<StatusCounts>; total: number }) {
  if (total === 0) return null;
  return (
    <svg
      className="status-bar"
      viewBox={`0 0 ${total} 1`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      {toSegments(counts).map((s) => (
        <rect
          key={s.status}
          className={`status-bar__segment status--${s.status}`}
          x={s.x}
          y="0"
          width={s.width}
          height="1"
        />
      ))}
    </svg>
  );
}
