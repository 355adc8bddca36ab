import { STATUS_LABELS } from '../../../shared/domain/status.ts';
import type { StatusKey } from '../../../shared/domain/status.ts';
import { oneColumn, shortenText } from '../../../shared/lib/shorten-text.ts';
import { markup, trustedMarkup } from '../open-data/markup.ts';
import { STATUS_COLOURS, statusShape } from '../open-data/status-look.ts';

const TITLE_MAX = 36;
const HEIGHT = 20;
const PAD = 6;
const GLYPH = 12;
const LABEL_BG = '#3d4247';

/** Shortens a title to at most TITLE_MAX characters, at a word break when one is near, with an ellipsis. */
export const shortTitle = (title: string, max = TITLE_MAX): string => shortenText(title, max, oneColumn);

/**
 * The width of text at 11px in Verdana-like fonts, roughly; the SVG's textLength then makes any font fit
 * exactly that width, so the badge never clips or leaves gaps whatever font the viewer has.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0x1100)
      width += 11; // Hangul, CJK and other wide scripts
    else if (/[ilj.,:;'|!()[\]\s]/.test(char)) width += 3.6;
    else if (/[mwMW@%]/.test(char)) width += 10;
    else if (/[A-Z0-9]/.test(char)) width += 7.5;
    else width += 6.6;
  }
  return Math.ceil(width);
}

/** A shields-style SVG badge: the commitment's short title, then its status as shape, colour and label. */
export function renderBadge(title: string, status: StatusKey): string {
  const label = STATUS_LABELS[status];
  const { fg } = STATUS_COLOURS[status];
  const name = shortTitle(title);
  const nameWidth = textWidth(name);
  const labelWidth = textWidth(label);
  const left = nameWidth + 2 * PAD;
  const right = PAD + GLYPH + 4 + labelWidth + PAD;
  const width = left + right;
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
