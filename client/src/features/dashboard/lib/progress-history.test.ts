import { describe, expect, it } from 'vitest';
import { progressHistory, yearPart } from './progress-history.ts';

const timeline = {
  commitments: [
    {
      slug: 'a',
      changes: [
        ['2018-10-01', 'implemented'],
        ['2019-06-01', 'reversed'],
      ],
    },
    { slug: 'b', changes: [['2018-11-15', 'partial']] },
    { slug: 'c', changes: [['2018-12-01', 'stalled']] },
  ],
} as Parameters<typeof progressHistory>[0];

describe('progressHistory', () => {
  it('tells how many stood implemented or partly so, with the peak and the falls', () => {
    const history = progressHistory(timeline, new Set(['a', 'b', 'c']), '2018-09-19', '2026-01-01');
    expect(history.series.map((p) => [p.date, p.done])).toEqual([
      ['2018-09-19', 0],
      ['2018-10-01', 1],
      ['2018-11-15', 2],
      ['2019-06-01', 1],
    ]);
    expect(history.now.done).toBe(1);
    expect(history.peak).toMatchObject({ date: '2018-11-15', done: 2 });
    expect(history.falls.map((f) => f.date)).toEqual(['2019-06-01']);
  });

  it('tells the story as it stood on a past date, and only for the commitments in scope', () => {
    const then = progressHistory(timeline, new Set(['a', 'b', 'c']), '2018-09-19', '2019-01-01');
    expect(then.now.done).toBe(2);
    expect(then.falls).toEqual([]);
    const one = progressHistory(timeline, new Set(['c']), '2018-09-19', '2026-01-01');
    expect(one.peak).toBeNull();
    expect(one.now).toMatchObject({ done: 0, total: 1 });
  });
});

describe('yearPart', () => {
  it('names the third of the year a date falls in', () => {
    expect(yearPart('2021-04-30')).toEqual({ part: 'early', year: 2021 });
    expect(yearPart('2021-05-01')).toEqual({ part: 'mid', year: 2021 });
    expect(yearPart('2021-08-31')).toEqual({ part: 'mid', year: 2021 });
    expect(yearPart('2021-09-01')).toEqual({ part: 'late', year: 2021 });
  });
});
