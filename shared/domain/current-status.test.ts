import { describe, expect, it } from 'vitest';
import { decidingUpdate, statusAsOf } from './current-status.ts';
import type { DatedStatus } from './current-status.ts';

const update = (
  status: DatedStatus['status'],
  effectiveOn: string,
  createdAt: string,
  retractedAt?: string,
): DatedStatus => ({
  status,
  effectiveOn,
  createdAt,
  retractedAt: retractedAt ?? null,
});

describe('statusAsOf', () => {
  const history = [
    update('in_progress', '2018-10-26', '2018-10-27T09:00:00Z'),
    update('implemented', '2018-11-20', '2018-11-21T09:00:00Z'),
    update('reversed', '2023-11-24', '2023-11-27T09:00:00Z'),
  ];

  it('is Not started when there are no updates', () => {
    expect(statusAsOf([])).toBe('not_started');
    expect(decidingUpdate([])).toBeUndefined();
  });

  it('takes the latest update by effective date, whatever the order of entry', () => {
    expect(statusAsOf(history)).toBe('reversed');
    expect(statusAsOf([...history].reverse())).toBe('reversed');
  });

  it('uses effectiveOn, not createdAt, to order events', () => {
    const late = update('stalled', '2019-01-01', '2030-01-01T00:00:00Z'); // entered long after, happened earlier
    expect(statusAsOf([...history, late])).toBe('reversed');
  });

  it('breaks ties on the same day by createdAt', () => {
    const sameDay = [
      update('partial', '2019-05-01', '2019-05-01T10:00:00Z'),
      update('stalled', '2019-05-01', '2019-05-01T12:00:00Z'),
      update('in_progress', '2019-05-01', '2019-05-01T11:00:00Z'),
    ];
    expect(statusAsOf(sameDay)).toBe('stalled');
  });

  it('accepts Date objects for createdAt', () => {
    const rows = [
      { status: 'partial' as const, effectiveOn: '2019-05-01', createdAt: new Date('2019-05-01T12:00:00Z') },
      { status: 'stalled' as const, effectiveOn: '2019-05-01', createdAt: new Date('2019-05-01T10:00:00Z') },
    ];
    expect(statusAsOf(rows)).toBe('partial');
  });

  it('ignores retracted updates, now and in the past', () => {
    const retracted = update('abandoned', '2024-01-01', '2024-01-02T00:00:00Z', '2024-01-03T00:00:00Z');
    expect(statusAsOf([...history, retracted])).toBe('reversed');
    expect(statusAsOf([...history, retracted], '2024-06-01')).toBe('reversed');
    expect(
      statusAsOf([update('implemented', '2018-11-20', '2018-11-21T00:00:00Z', '2018-11-22T00:00:00Z')]),
    ).toBe('not_started');
  });

  it('as of a date counts only updates effective on or before it', () => {
    expect(statusAsOf(history, '2018-11-19')).toBe('in_progress');
    expect(statusAsOf(history, '2018-11-20')).toBe('implemented');
    expect(statusAsOf(history, '2023-11-23')).toBe('implemented');
    expect(statusAsOf(history, '2026-02-19')).toBe('reversed');
  });

  it('is Not started the day before signing', () => {
    const signedOn = [update('in_progress', '2018-09-19', '2018-09-19T12:00:00Z'), ...history];
    expect(statusAsOf(signedOn, '2018-09-18')).toBe('not_started');
    expect(statusAsOf(signedOn, '2018-09-19')).toBe('in_progress');
  });
});
