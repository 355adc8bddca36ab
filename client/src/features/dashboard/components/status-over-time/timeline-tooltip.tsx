import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { StatusKey } from '../../../../../../shared/domain/status.ts';
import { StatusGlyph } from '../../../../components/ui/status-glyph.tsx';

export interface TooltipLine {
  text: string;
  strong?: boolean;
  muted?: boolean;
  status?: StatusKey;
  /** Wraps onto up to this many lines (the last cut with an ellipsis); one line when absent. */
  lines?: number;
}

interface TimelineTooltipProps {
  lines: TooltipLine[];
  /** Where it points: a horizontal position and the top and bottom of the thing it describes. */
  x: number;
  top: number;
  bottom: number;
  /** The drawing's width, to stay inside it. */
  width: number;
}

const FONT = 12;
const LINE = 17;
const PAD = 8;
const GLYPH = 16;

let canvas: CanvasRenderingContext2D | null | undefined;
// Off until the chart is on screen: the server's render and hydration must draw the same (estimated) text.
let mayMeasure = false;

/**
 * Measures text with the page's font once the page is hydrated: the server's render and hydration draw with
 * estimated widths, then the chart is redrawn with measured ones as a transition, in slices, so the redraw
 * of thousands of elements never holds the main thread in one long task (decision 075).
 */
export function useTextMeasuring(): void {
  const [measuring, setMeasuring] = useState(false);
  useEffect(() => startTransition(() => setMeasuring(true)), []);
  allowMeasuring(measuring);
}

function allowMeasuring(allowed: boolean): void {
  mayMeasure = allowed;
}

/** A 2D context to measure text with the page's own font; null where there is none (tests, old browsers). */
function measurer(): CanvasRenderingContext2D | null {
  if (!mayMeasure) return null;
  if (canvas === undefined) {
    canvas = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  }
  return canvas;
}

/** A text's width in the chart's font: measured where a canvas can, else estimated from its characters. */
export function textWidth(text: string, size = FONT, strong = false): number {
  const context = measurer();
  if (context) {
    const family = getComputedStyle(document.body).fontFamily;
    context.font = `${strong ? 700 : 400} ${size}px ${family}`;
    return context.measureText(text).width;
  }
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x1100)
      width += size; // Hangul and other wide characters
    else if (WIDE.has(char)) width += size * 0.7;
    else if (NARROW.has(char)) width += size * 0.34;
    else width += size * 0.6;
  }
  return width * (strong ? 1.07 : 1);
}

// Sets, not regular expressions: the server estimates every label of the chart on every render.
const WIDE = new Set('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789%');
const NARROW = new Set(" il.,:;'’|()-");

// Estimated fits are the same on every render (the server's, and hydration): kept, within a bound.
const estimatedFits = new Map<string, string>();
const MAX_FITS = 5_000;

/** Shortens a text to a width, with an ellipsis. */
export function fitText(text: string, maxWidth: number, size = FONT, strong = false): string {
  if (measurer()) return cutToFit(text, maxWidth, size, strong);
  const key = `${size}${strong ? 'b' : ''}:${maxWidth}:${text}`;
  let fitted = estimatedFits.get(key);
  if (fitted === undefined) {
    fitted = cutToFit(text, maxWidth, size, strong);
    if (estimatedFits.size >= MAX_FITS) estimatedFits.clear();
    estimatedFits.set(key, fitted);
  }
  return fitted;
}

function cutToFit(text: string, maxWidth: number, size: number, strong: boolean): string {
  if (textWidth(text, size, strong) <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, size, strong) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Breaks a text at spaces into at most `lines` lines of `maxWidth`, the last one shortened to fit. */
export function wrapText(text: string, maxWidth: number, lines: number, size = FONT): string[] {
  const out: string[] = [];
  let words = text.split(' ');
  while (words.length > 0 && out.length < lines - 1) {
    let taken = 1;
    while (taken < words.length && textWidth(words.slice(0, taken + 1).join(' '), size) <= maxWidth) taken++;
    const line = words.slice(0, taken).join(' ');
    if (textWidth(line, size) > maxWidth) break; // one word wider than a line: the last line's cut takes it
    out.push(line);
    words = words.slice(taken);
  }
  if (words.length > 0) out.push(fitText(words.join(' '), maxWidth, size));
  return out;
}

/** Each line as drawn: long ones cut to the width, wrapping ones broken into several. */
function layoutLines(lines: readonly TooltipLine[], maxText: number): TooltipLine[] {
  return lines.flatMap((line) => {
    const room = maxText - (line.status ? GLYPH + 4 : 0);
    if (line.lines && line.lines > 1)
      return wrapText(line.text, room, line.lines).map((text) => ({ ...line, text, lines: 1 }));
    return [{ ...line, text: fitText(line.text, room, FONT, line.strong) }];
  });
}

const textClass = (line: TooltipLine) =>
  `tl-tip__text${line.strong ? ' tl-tip__text--strong' : ''}${line.muted ? ' tl-tip__text--muted' : ''}`;

/**
 * A box of a few lines beside what it describes: above when there is room, else below; never outside the
 * drawing. Decorative for assistive technology, which reads the focused element's own name.
 */
export function TimelineTooltip({ lines, x, top, bottom, width }: TimelineTooltipProps) {
  const texts = useRef<(SVGTextElement | null)[]>([]);
  const maxText = Math.min(360, width - 2 * PAD - GLYPH - 4);
  const fitted = layoutLines(lines, maxText);
  const estimate =
    Math.max(...fitted.map((l) => textWidth(l.text, FONT, l.strong) + (l.status ? GLYPH + 4 : 0))) + 2 * PAD;
  // The estimate places the first paint; the rendered text's real width sizes the box before it is seen.
  const [measured, setMeasured] = useState<{ key: string; width: number } | null>(null);
  const key = fitted.map((l) => l.text).join('\n');
  useLayoutEffect(() => {
    const widths = texts.current
      .slice(0, fitted.length)
      .map((text, index) => (text?.getComputedTextLength() ?? 0) + (fitted[index]?.status ? GLYPH + 4 : 0));
    setMeasured({ key, width: Math.ceil(Math.max(...widths)) + 2 * PAD });
    // Only the text decides the width.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const boxWidth = Math.min(width, measured?.key === key ? measured.width : estimate);
  const boxHeight = fitted.length * LINE + 2 * PAD - 4;
  const left = Math.max(0, Math.min(width - boxWidth, x - boxWidth / 2));
  const y = top - boxHeight - 8 >= 0 ? top - boxHeight - 8 : bottom + 8;
  return (
    <g className="tl-tip" transform={`translate(${left} ${y})`} aria-hidden="true">
      <rect className="tl-tip__box" width={boxWidth} height={boxHeight} rx="4" />
      {fitted.map((line, index) => {
        const baseline = PAD + 9 + index * LINE;
        return (
          <g key={index}>
            {line.status ? (
              <g
                className={`tl-tip__glyph status--${line.status}`}
                transform={`translate(${PAD} ${baseline - 11})`}
              >
                <StatusGlyph status={line.status} />
              </g>
            ) : null}
            <text
              ref={(element) => {
                texts.current[index] = element;
              }}
              className={textClass(line)}
              x={PAD + (line.status ? GLYPH + 4 : 0)}
              y={baseline + 1}
            >
              {line.text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
