/**
 * The size of a status badge (/badges/SLUG.svg), computed the same way by the server that draws it and by
 * the page that shows it: the page gives the image its width and height, so it takes its place at once.
 */
import { oneColumn, shortenText } from '../lib/shorten-text.ts';

const TITLE_MAX = 36;
export const BADGE_HEIGHT = 20;
export const BADGE_PAD = 6;
export const BADGE_GLYPH = 12;

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

export interface BadgeLayout {
  /** The title as the badge shows it (shortened). */
  name: string;
  nameWidth: number;
  labelWidth: number;
  /** The widths of the title's part and of the status's part; `width` is their sum. */
  left: number;
  right: number;
  width: number;
  height: number;
}

/** Where the parts of a badge for `title` and the status `label` go, and its overall size. */
export function badgeLayout(title: string, label: string): BadgeLayout {
  const name = shortTitle(title);
  const nameWidth = textWidth(name);
  const labelWidth = textWidth(label);
  const left = nameWidth + 2 * BADGE_PAD;
  const right = BADGE_PAD + BADGE_GLYPH + 4 + labelWidth + BADGE_PAD;
  return { name, nameWidth, labelWidth, left, right, width: left + right, height: BADGE_HEIGHT };
}
