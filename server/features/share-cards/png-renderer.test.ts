import { describe, expect, it } from 'vitest';
import { createLogger } from '../../logger.ts';
import { cardSvg, wrapText } from './card-svg.ts';
import { createPngRenderer } from './png-renderer.ts';

describe('status card drawing', () => {
  it('warns and still draws a 1200x630 PNG when the fonts are not installed', async () => {
    const lines: string[] = [];
    const render = await createPngRenderer(
      createLogger('info', (line) => void lines.push(line)),
      ['/nonexistent/NotoSansCJK-Regular.ttc'],
    );
    expect(lines.map((line) => (JSON.parse(line) as { msg: string; level: string }).level)).toEqual(['warn']);
    expect(lines[0]).toContain('fonts-noto-cjk is not installed');
    const png = await render!(
      cardSvg({ kicker: 'k', title: 't', headline: 'h', statusLabel: (s) => s, footer: 'f' }),
    );
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('wraps a long title into at most three lines, a Korean syllable counting two columns', () => {
    expect(wrapText('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('a b c d e f', 3, 2)).toEqual(['a b', 'c d…']);
    expect(wrapText('합의 사항의 이행', 6, 3)).toEqual(['합의', '사항의', '이행']);
  });
});
