import { STATUS_LABELS } from '../../../shared/domain/status.ts';
import type { StatusKey } from '../../../shared/domain/status.ts';
import {
  BADGE_GLYPH as GLYPH,
  BADGE_HEIGHT as HEIGHT,
  BADGE_PAD as PAD,
  badgeLayout,
} from '../../../shared/domain/badge-size.ts';
import { markup, trustedMarkup } from '../open-data/markup.ts';
import { STATUS_COLOURS, statusShape } from '../open-data/status-look.ts';

const LABEL_BG = '#3d4247';

/** A shields-style SVG badge: the commitment's short title, then its status as shape, colour and label. */
export function renderBadge(title: string, status: StatusKey): string {
  const label = STATUS_LABELS[status];
  const { fg } = STATUS_COLOURS[status];
  const { name, nameWidth, labelWidth, left, right, width } = badgeLayout(title, label);
  const scale = GLYPH / 16;
  return markup`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}" role="img" aria-label="${title}: ${label}">
  <title>${title}: ${label}</title>
  <clipPath id="round"><rect width="${width}" height="${HEIGHT}" rx="3"/></clipPath>
  <g clip-path="url(#round)">
    <rect width="${left}" height="${HEIGHT}" fill="${LABEL_BG}"/>
    <rect x="${left}" width="${right}" height="${HEIGHT}" fill="${fg}"/>
  </g>
  <g fill="#fff" font-family="Verdana,'DejaVu Sans',Geneva,sans-serif" font-size="11">
    <text x="${PAD}" y="14" textLength="${nameWidth}" lengthAdjust="spacingAndGlyphs">${name}</text>
    <g transform="translate(${left + PAD} ${(HEIGHT - GLYPH) / 2}) scale(${scale})">${trustedMarkup(statusShape(status, '#fff', fg))}</g>
    <text x="${left + PAD + GLYPH + 4}" y="14" textLength="${labelWidth}" lengthAdjust="spacingAndGlyphs">${label}</text>
  </g>
</svg>
`.html;
}
