import type { StatusKey } from '../../../shared/domain/status.ts';

/**
 * Each status's colours and shape, as the web client draws them (client/src/components/ui/status.css and
 * status-glyph.tsx): badges and embeds are server-rendered, so they carry their own copy. The shape makes
 * the status readable without colour. Drawn on a 16×16 grid; FG and KNOCKOUT are replaced per use.
 */
export const STATUS_COLOURS: Record<StatusKey, { fg: string; bg: string }> = {
  not_started: { fg: '#5c6166', bg: '#f0f1f2' },
  in_progress: { fg: '#1f5aa6', bg: '#e9f0fa' },
  partial: { fg: '#00676e', bg: '#e3f2f2' },
  implemented: { fg: '#1c7432', bg: '#e6f3e8' },
  stalled: { fg: '#8a5300', bg: '#fbf0dc' },
  reversed: { fg: '#b02a1f', bg: '#fbe9e7' },
  abandoned: { fg: '#6d3f8f', bg: '#f1eaf6' },
};

const RING = '<circle cx="8" cy="8" r="6.25" fill="none" stroke="FG" stroke-width="1.5"/>';
const LINE = 'fill="none" stroke="FG" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"';

const SHAPES: Record<StatusKey, string> = {
  not_started: RING,
  in_progress: `${RING}<path d="M8 8V1.75A6.25 6.25 0 0 1 14.25 8Z" fill="FG"/>`,
  partial: `${RING}<path d="M8 1.75a6.25 6.25 0 0 1 0 12.5Z" fill="FG"/>`,
  implemented:
    '<circle cx="8" cy="8" r="7" fill="FG"/><path d="M4.75 8.25 7 10.5l4.25-4.75" fill="none" stroke="KNOCKOUT" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"/>',
  stalled: `${RING}<rect x="5.5" y="5" width="1.75" height="6" fill="FG"/><rect x="8.75" y="5" width="1.75" height="6" fill="FG"/>`,
  reversed: `${RING}<path d="M11 10.5V8.5a2.5 2.5 0 0 0-2.5-2.5H5m2-2.25L4.75 6 7 8.25" ${LINE}/>`,
  abandoned: `${RING}<path d="m5.5 5.5 5 5m0-5-5 5" ${LINE}/>`,
};

/** The status's shape as SVG elements (16×16 user units), drawn in `fg`, its cut-outs in `knockout`. */
export function statusShape(status: StatusKey, fg: string, knockout: string): string {
  return SHAPES[status].replaceAll('KNOCKOUT', knockout).replaceAll('FG', fg);
}
