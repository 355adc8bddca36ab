import { describe, expect, it } from 'vitest';
import { statusAsOf, type DatedStatus } from './current-status.ts';
import {
  countsOn,
  statusChangesBy,
  statusOn,
  statusPeriods,
  statusTimeline,
  type StatusChange,
} from './status-timeline.ts';

const update = (
  status: DatedStatus['status'],
  effectiveOn: string,
  createdAt = `${effectiveOn}T12:00:00Z`,
  retractedAt: string | null = null,
): DatedStatus => ({ status, effectiveOn, createdAt, retractedAt });

const guardPosts = [
  update('in_progress', '2018-10-26'),
  update('implemented', '2018-11-20'),
  update('reversed', '2023-11-24'),
];

describe('statusTimeline', () => {
  it('is empty without updates: Not started throughout', () => {
    expect(statusTimeline([])).toEqual([]);
  });

  it('lists each change oldest first, whatever the order of entry', () => {
    const expected = [
      ['2018-10-26', 'in_progress'],
      ['2018-11-20', 'implemented'],
      ['2023-11-24', 'reversed'],
    ];
    expect(statusTimeline(guardPosts)).toEqual(expected);
    expect(statusTimeline([...guardPosts].reverse())).toEqual(expected);
  });

  it('leaves out updates that repeat the status, and an opening Not started', () => {
    const history = [
      update('not_started', '2018-10-26'),
      update('stalled', '2019-10-23'),
      update('stalled', '2020-06-16'),
      update('reversed', '2023-05-01'),
      update('reversed', '2024-01-15'),
    ];
    expect(statusTimeline(history)).toEqual([
      ['2019-10-23', 'stalled'],
      ['2023-05-01', 'reversed'],
    ]);
  });

  it('ignores retracted updates', () => {
    const retracted = update('abandoned', '2020-01-01', '2020-01-01T00:00:00Z', '2020-01-02T00:00:00Z');
    expect(statusTimeline([...guardPosts, retracted])).toEqual(statusTimeline(guardPosts));
  });

  it('decides a day with several updates by the status rule (latest entered wins)', () => {
    const sameDay = [
      update('partial', '2019-05-01', '2019-05-01T10:00:00Z'),
      update('stalled', '2019-05-01', '2019-05-01T12:00:00Z'),
      update('in_progress', '2019-05-01', '2019-05-01T11:00:00Z'),
    ];
    expect(statusTimeline(sameDay)).toEqual([['2019-05-01', 'stalled']]);
  });

  it('agrees with statusAsOf on every day', () => {
    const history = [
      ...guardPosts,
      update('stalled', '2019-01-01', '2030-01-01T00:00:00Z'),
      update('partial', '2019-01-01', '2019-01-01T00:00:00Z'),
      update('abandoned', '2021-06-01', '2021-06-01T00:00:00Z', '2021-06-02T00:00:00Z'),
    ];
    const timeline = statusTimeline(history);
    for (const day of ['2018-09-19', '2018-10-26', '2018-12-31', '2019-01-01', '2021-06-01', '2024-01-01'])
      expect(statusOn(timeline, day), day).toBe(statusAsOf(history, day));
  });
});

describe('statusChangesBy', () => {
  it('names the update behind each change: the one the rule picks that day, never a repeat', () => {
    const decided = update('stalled', '2019-05-01', '2019-05-01T12:00:00Z');
    const history = [
      update('in_progress', '2018-10-26'),
      update('in_progress', '2019-01-01'), // repeats the status: no change
      update('partial', '2019-05-01', '2019-05-01T10:00:00Z'),
      decided,
      update('abandoned', '2020-01-01', '2020-01-01T00:00:00Z', '2020-01-02T00:00:00Z'),
    ];
    const changes = statusChangesBy(history);
    expect(changes.map((c) => c.change)).toEqual(statusTimeline(history));
    expect(changes.map((c) => c.update)).toEqual([history[0], decided]);
  });
});

describe('statusOn', () => {
  const timeline = statusTimeline(guardPosts);
  it('is Not started before the first change, then the status of the latest change on or before the day', () => {
    expect(statusOn(timeline, '2018-10-25')).toBe('not_started');
    expect(statusOn(timeline, '2018-10-26')).toBe('in_progress');
    expect(statusOn(timeline, '2023-11-23')).toBe('implemented');
    expect(statusOn(timeline, '2026-01-01')).toBe('reversed');
  });
});

describe('statusPeriods', () => {
  const timeline = statusTimeline(guardPosts);

  it('covers the range without gaps, the last period running to its end', () => {
    expect(statusPeriods(timeline, '2018-09-19', '2026-02-19')).toEqual([
      { status: 'not_started', from: '2018-09-19', to: '2018-10-26', current: false },
      { status: 'in_progress', from: '2018-10-26', to: '2018-11-20', current: false },
      { status: 'implemented', from: '2018-11-20', to: '2023-11-24', current: false },
      { status: 'reversed', from: '2023-11-24', to: '2026-02-19', current: true },
    ]);
  });

  it('starts with the status that held at the start, and stops at the end', () => {
    expect(statusPeriods(timeline, '2019-01-01', '2020-01-01')).toEqual([
      { status: 'implemented', from: '2019-01-01', to: '2020-01-01', current: true },
    ]);
    expect(statusPeriods(timeline, '2018-10-26', '2018-11-20')).toEqual([
      { status: 'in_progress', from: '2018-10-26', to: '2018-11-20', current: true },
    ]);
  });

  it('is one Not started period for a commitment without changes', () => {
    expect(statusPeriods([], '2018-09-19', '2026-02-19')).toEqual([
      { status: 'not_started', from: '2018-09-19', to: '2026-02-19', current: true },
    ]);
  });
});

describe('countsOn', () => {
  it('counts each commitment once, at its status on the day', () => {
    const timelines = [statusTimeline(guardPosts), [], [['2019-01-01', 'reversed'] satisfies StatusChange]];
    expect(countsOn(timelines, '2018-12-01')).toMatchObject({ implemented: 1, not_started: 2, reversed: 0 });
    expect(countsOn(timelines, '2024-01-01')).toMatchObject({ reversed: 2, not_started: 1 });
    const total = Object.values(countsOn(timelines, '2024-01-01')).reduce((a, b) => a + b, 0);
    expect(total).toBe(3);
  });
});
