/** Hangul, CJK and full-width forms: the East Asian wide characters, roughly (punctuation such as … is not). */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo
    (code >= 0x2e80 && code <= 0xa4cf) || // CJK radicals to Yi, with kana and Hangul compatibility Jamo
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xff00 && code <= 0xff60) || // full-width forms
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd) // CJK extensions
  );
}

/** The columns one character takes in print: a Korean syllable (or another wide character) counts two. */
export const columnWidth = (char: string): number => (isWide(char.codePointAt(0) ?? 0) ? 2 : 1);

/** Each character one column: for places that count characters, whatever their script. */
export const oneColumn = (): number => 1;

/** Columns a text takes, a Korean syllable counting two (by default). */
export function textColumns(text: string, width = columnWidth): number {
  let columns = 0;
  for (const char of text) columns += width(char);
  return columns;
}

/**
 * Shortens a text to at most `max` columns, with an ellipsis: at the last word break when that keeps at least
 * 60% of the room, else mid-word. Runs of white space become one space.
 */
export function shortenText(text: string, max: number, width = columnWidth): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (textColumns(clean, width) <= max) return clean;
  let cut = '';
  let used = 0;
  let space = -1; // the last word break up to the cut, with at least 60% of the room before it
  for (const char of clean) {
    if (char === ' ' && used >= max * 0.6) space = cut.length;
    if (used + width(char) > max - 1) break; // one column for the ellipsis
    used += width(char);
    cut += char;
  }
  const kept = space > 0 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,.;:—-]+$/, '')}…`;
}
