import { existsSync } from 'node:fs';
import type { renderAsync as RenderAsync } from '@resvg/resvg-js';
import type { Logger } from '../../logger.ts';

/** Debian's fonts-noto-cjk (Latin and Hangul in one family); .ci/run and the Dockerfile install it. */
export const DEFAULT_FONT_FILES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
];

export type SvgToPng = (svg: string) => Promise<Buffer>;

/**
 * An SVG-to-PNG renderer (resvg, a prebuilt native module, drawing on a worker thread), with the Noto CJK fonts when they are there.
 * Without them it warns once and uses whatever system fonts exist (the text may then be missing, the card
 * still has its colours and bars); without resvg for this platform it warns and returns undefined, and
 * pages announce no og:image.
 */
export async function createPngRenderer(
  logger: Logger,
  fontFiles = DEFAULT_FONT_FILES,
): Promise<SvgToPng | undefined> {
  let renderAsync: typeof RenderAsync;
  try {
    ({ renderAsync } = await import('@resvg/resvg-js'));
  } catch (error) {
    logger.warn('share cards disabled: @resvg/resvg-js cannot load on this platform', {
      error: String(error),
    });
    return undefined;
  }
  const present = fontFiles.filter((file) => existsSync(file));
  if (present.length === 0)
    logger.warn('share cards: fonts-noto-cjk is not installed; rendering with system fonts', { fontFiles });
  const font =
    present.length > 0
      ? { fontFiles: present, loadSystemFonts: false, defaultFontFamily: 'Noto Sans CJK KR' }
      : { loadSystemFonts: true };
  // Off the event loop (libuv's thread pool): loading the CJK fonts and drawing takes about a second.
  return async (svg) => (await renderAsync(svg, { font, fitTo: { mode: 'original' } })).asPng();
}
