import type { ReactNode } from 'react';
import { STATUS_KEYS, type StatusKey } from '../../../../../../shared/domain/status.ts';

/** The fill of a status in the chart: its colour and a texture of its own, so the chart reads without colour. */
export const patternFill = (status: StatusKey) => `url(#tl-pattern-${status})`;

const SIZE = 6;
const DIAGONAL = 'M-1 1L1-1M0 6L6 0M5 7L7 5';
const BACK_DIAGONAL = 'M-1 5L1 7M0 0L6 6M5-1L7 1';

// Textures echo the status glyphs: empty, a thin hatch, half filled, solid, pause bars, struck back, crossed out.
const TEXTURES: Record<StatusKey, ReactNode> = {
  not_started: <circle className="tl-pattern__ink" cx="3" cy="3" r="0.9" />,
  in_progress: <path className="tl-pattern__line" d={DIAGONAL} strokeWidth="1.2" />,
  partial: <path className="tl-pattern__line" d={DIAGONAL} strokeWidth="2.6" />,
  implemented: <rect className="tl-pattern__ink" width={SIZE} height={SIZE} />,
  stalled: <rect className="tl-pattern__ink" x="1.5" width="2" height={SIZE} />,
  reversed: (
    <>
      <rect className="tl-pattern__ink" width={SIZE} height={SIZE} />
      <path className="tl-pattern__line tl-pattern__line--paper" d={BACK_DIAGONAL} strokeWidth="1.1" />
    </>
  ),
  abandoned: <path className="tl-pattern__line" d={`${DIAGONAL}${BACK_DIAGONAL}`} strokeWidth="0.9" />,
};

/** The <pattern>s, once per page; the legend's swatches and the chart refer to them by id. */
export function TimelinePatterns() {
  return (
    <svg className="tl-patterns" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        {STATUS_KEYS.map((status) => (
          <pattern
            key={status}
            id={`tl-pattern-${status}`}
            className={`status--${status}`}
            width={SIZE}
            height={SIZE}
            patternUnits="userSpaceOnUse"
          >
            <rect className="tl-pattern__paper" width={SIZE} height={SIZE} />
            {TEXTURES[status]}
          </pattern>
        ))}
      </defs>
    </svg>
  );
}

/** A small sample of a status's fill, for the legend. */
export function PatternSwatch({ status }: { status: StatusKey }) {
  return (
    <svg
      className="tl-swatch"
      viewBox="0 0 24 12"
      width="24"
      height="12"
      aria-hidden="true"
      focusable="false"
    >
      <rect
        className={`tl-seg status--${status}`}
        x="0.5"
        y="0.5"
        width="23"
        height="11"
        fill={patternFill(status)}
      />
    </svg>
  );
}
