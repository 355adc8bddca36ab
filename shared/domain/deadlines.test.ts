import { describe, expect, it } from 'vitest';
import { deadlineMetOn, deadlineState } from './deadlines.ts';

describe('deadlineState', () => {
  const troupe = { deadline: '2018-10-31', deadlineMetOn: null };

  it('is none without a deadline, whatever the date', () => {
    expect(deadlineState({ deadline: null, deadlineMetOn: null }, '2030-01-01')).toBe('none');
  });

  it('is pending up to and including the deadline day', () => {
    expect(deadlineState(troupe, '2018-09-19')).toBe('pending');
    expect(deadlineState(troupe, '2018-10-31')).toBe('pending');
  });

  it('is missed once the deadline has passed with no met date', () => {
    expect(deadlineState(troupe, '2018-11-01')).toBe('missed');
    expect(deadlineState(troupe, '2026-02-19')).toBe('missed');
  });

  it('is met from the met date on, before or on the deadline', () => {
    const rail = { deadline: '2018-12-31', deadlineMetOn: '2018-12-26' };
    expect(deadlineState(rail, '2018-12-25')).toBe('pending');
    expect(deadlineState(rail, '2018-12-26')).toBe('met');
    expect(deadlineState(rail, '2024-10-15')).toBe('met');
  });

  it('counts a late meeting as met from that day, and as missed in between', () => {
    const late = { deadline: '2018-12-31', deadlineMetOn: '2019-03-08' };
    expect(deadlineState(late, '2019-02-01')).toBe('missed');
    expect(deadlineState(late, '2019-03-08')).toBe('met');
  });
});

describe('deadlineMetOn', () => {
  it('takes the earliest update marked as meeting the deadline, ignoring retracted ones', () => {
    const updates = [
      { effectiveOn: '2018-12-20', meetsDeadline: true, retractedAt: '2026-12-01T00:00:00Z' },
      { effectiveOn: '2018-12-26', meetsDeadline: true },
      { effectiveOn: '2018-12-01', meetsDeadline: false },
      { effectiveOn: '2019-01-10', meetsDeadline: true },
    ];
    expect(deadlineMetOn(null, updates)).toBe('2018-12-26');
  });

  it('lets an analyst-recorded date stand, or be beaten by an earlier update', () => {
    expect(deadlineMetOn('2018-11-30', [])).toBe('2018-11-30');
    expect(deadlineMetOn('2018-11-30', [{ effectiveOn: '2018-11-25', meetsDeadline: true }])).toBe(
      '2018-11-25',
    );
  });

  it('is null when nothing says the deadline was met', () => {
    expect(deadlineMetOn(null, [{ effectiveOn: '2018-11-25', meetsDeadline: false }])).toBeNull();
  });
});
