import { describe, expect, it } from 'vitest';
import { shareSeries, turningPoints } from './compare.ts';
import type { StatusChange } from './status-timeline.ts';

describe('the share of commitments implemented or partially implemented over time', () => {
  const timelines: StatusChange[][] = [
    [
      ['2018-10-01', 'in_progress'],
      ['2018-11-01', 'implemented'],
      ['2020-06-16', 'reversed'],
    ],
    [
      ['2018-11-01', 'partial'],
      ['2019-03-01', 'stalled'],
    ],
    [],
    [['2018-09-19', 'in_progress']],
  ];

  it('starts on the signing day and adds a point only where the share moved', () => {
    expect(shareSeries(timelines, '2018-09-19')).toEqual([
      { date: '2018-09-19', done: 0, total: 4, percent: 0 },
      { date: '2018-11-01', done: 2, total: 4, percent: 50 },
      { date: '2019-03-01', done: 1, total: 4, percent: 25 },
      { date: '2020-06-16', done: 0, total: 4, percent: 0 },
    ]);
  });

  it('names the peak (its first day) and every fall', () => {
    const turning = turningPoints(shareSeries(timelines, '2018-09-19'));
    expect(turning.peak).toMatchObject({ date: '2018-11-01', percent: 50 });
    expect(turning.falls.map((fall) => [fall.date, fall.fromPercent, fall.percent])).toEqual([
      ['2019-03-01', 50, 25],
      ['2020-06-16', 25, 0],
    ]);
  });

  it('has no peak while nothing was done, and a flat 0 for an agreement without commitments', () => {
    expect(turningPoints(shareSeries([[['2019-01-01', 'stalled']]], '2018-01-01'))).toEqual({
      peak: null,
      falls: [],
    });
    expect(shareSeries([], '2018-01-01')).toEqual([{ date: '2018-01-01', done: 0, total: 0, percent: 0 }]);
  });
});
