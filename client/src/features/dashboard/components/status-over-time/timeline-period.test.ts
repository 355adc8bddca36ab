import { afterEach, describe, expect, it } from 'vitest';
import { addMessages } from '../../../../lib/i18n.ts';
import { ko } from '../../../../lib/i18n-ko.ts';
import { setLocale } from '../../../../lib/locale-store.ts';
import { makeSummary } from '../../../../test-support/fixtures.ts';
import type { RowPeriod } from './timeline-model.ts';
import { periodLines, periodLink, periodName } from './timeline-period.ts';
import { textWidth, wrapText } from './timeline-tooltip.tsx';

afterEach(() => setLocale('en'));

const commitment = makeSummary({
  slug: 'gp-withdrawal',
  articleRef: 'Art. 2(1)',
  title: 'Guard posts withdrawn',
  titleKo: '감시초소 철수',
});
const withdrawn: RowPeriod = {
  status: 'implemented',
  from: '2018-11-01',
  to: '2023-11-23',
  current: false,
  update: { id: 110, summary: 'Both sides pulled troops out.', summaryKo: '양측이 병력을 철수했다.' },
};
const untouched: RowPeriod = {
  status: 'not_started',
  from: '2018-09-19',
  to: '2018-10-26',
  current: false,
  update: null,
};

describe('a period of the chart', () => {
  it('says its status and dates, then the update behind it', () => {
    expect(periodLines(commitment, withdrawn).map((line) => line.text)).toEqual([
      'Art. 2(1) · Guard posts withdrawn',
      'Implemented',
      '1 Nov 2018 to 23 Nov 2023',
      'Update: Both sides pulled troops out.',
    ]);
    expect(periodName('Guard posts withdrawn', withdrawn)).toBe(
      'Guard posts withdrawn: Implemented from 1 Nov 2018 to 23 Nov 2023',
    );
  });

  it('says when no update changed it yet', () => {
    expect(periodLines(commitment, { ...untouched, current: true, to: '2026-01-01' }).at(-1)).toEqual({
      text: 'Not started since the signing: no update changed it',
      muted: true,
    });
  });

  it('gives the Korean summary on a Korean page, the English where there is none', () => {
    addMessages('ko', ko);
    setLocale('ko');
    expect(periodLines(commitment, withdrawn).at(-1)?.text).toBe('업데이트: 양측이 병력을 철수했다.');
    const english = { ...withdrawn, update: { ...withdrawn.update!, summaryKo: null } };
    expect(periodLines(commitment, english).at(-1)?.text).toBe('업데이트: Both sides pulled troops out.');
    expect(periodLines(commitment, untouched).at(-1)?.text).toBe(
      '서명 이후 미착수: 상태를 바꾼 업데이트 없음',
    );
  });

  it('links to its commitment at the update that started it, keeping the date shown', () => {
    expect(periodLink('gp-withdrawal', withdrawn, undefined)).toBe('/commitments/gp-withdrawal#update-110');
    expect(periodLink('gp-withdrawal', withdrawn, '2019-06-01')).toBe(
      '/commitments/gp-withdrawal?asOf=2019-06-01#update-110',
    );
    expect(periodLink('gp-withdrawal', untouched, undefined)).toBe('/commitments/gp-withdrawal');
  });
});

describe('wrapText', () => {
  it('breaks at spaces into lines that fit, cutting the last with an ellipsis', () => {
    const text = 'Update: Both sides pulled troops, weapons and equipment out of their 11 posts and began…';
    const lines = wrapText(text, 200, 2);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(200);
    expect(text.startsWith(`${lines[0]} `)).toBe(true); // whole words
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(text.startsWith(`${lines.join(' ').slice(0, -1)}`)).toBe(true);
    expect(wrapText('Short', 200, 3)).toEqual(['Short']);
    // A word wider than a line goes to the last line's cut.
    expect(wrapText('Demilitarisation', 40, 3)).toHaveLength(1);
  });
});
