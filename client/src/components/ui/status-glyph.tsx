import type { ReactNode } from 'react';
import type { StatusKey } from '../../../../shared/domain/status.ts';

// Each status has its own shape, so the scale reads without colour (print, colour blindness, high contrast).
// Drawn on a 16×16 grid in currentColor; the "knockout" parts use the page background colour via CSS.
const RING = <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.5" />;

const SHAPES: Record<StatusKey, ReactNode> = {
  not_started: RING,
  in_progress: (
    <>
      {RING}
      <path d="M8 8V1.75A6.25 6.25 0 0 1 14.25 8Z" fill="currentColor" />
    </>
  ),
  partial: (
    <>
      {RING}
      <path d="M8 1.75a6.25 6.25 0 0 1 0 12.5Z" fill="currentColor" />
    </>
  ),
  implemented: (
    <>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path
        className="status-glyph__knockout"
        d="M4.75 8.25 7 10.5l4.25-4.75"
        fill="none"
        strokeWidth="1.75"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </>
  ),
  stalled: (
    <>
      {RING}
      <rect x="5.5" y="5" width="1.75" height="6" fill="currentColor" />
      <rect x="8.75" y="5" width="1.75" height="6" fill="currentColor" />
    </>
  ),
  reversed: (
    <>
      {RING}
      <path
        d="M11 10.5V8.5a2.5 2.5 0 0 0-2.5-2.5H5m2-2.25L4.75 6 7 8.25"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </>
  ),
  abandoned: (
    <>
      {RING}
      <path
        d="m5.5 5.5 5 5m0-5-5 5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
      />
    </>
  ),
};

/** The shape of a status, decorative: the label beside it carries the meaning. */
export function StatusGlyph({ status }: { status: StatusKey }) {
  return (
    <svg
      className="status-glyph"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      {SHAPES[status]}
    </svg>
  );
}
