import { describe, expect, it } from 'vitest';
import { progressChange, progressFromCounts, progressOf } from './progress.ts';

describe('progressOf', () => {
  it('counts Implemented and Partially implemented, nothing else', () => {
    expect(
      progressOf([
        'implemented',
        'partial',
        'in_progress',
        'stalled',
        'reversed',
        'abandoned',
        'not_started',
      ]),
    ).toEqual({ done: 2, total: 7, percent: 29 });
  });

  it('rounds to the nearest whole percent', () => {
    expect(progressOf(['implemented', 'not_started', 'not_started']).percent).toBe(33);
    expect(progressOf(['implemented', 'partial', 'not_started']).percent).toBe(67);
    expect(progressOf(Array.from({ length: 23 }, (_, i) => (i < 3 ? 'partial' : 'reversed'))).percent).toBe(
      13,
    );
  });

  it('is 0% with nothing done and 100% with everything done', () => {
    expect(progressOf(['not_started', 'reversed']).percent).toBe(0);
    expect(progressOf(['implemented', 'partial']).percent).toBe(100);
  });

  it('has no percentage for an empty set', () => {
    expect(progressOf([])).toEqual({ done: 0, total: 0, percent: null });
  });
});

describe('progressFromCounts', () => {
  it('agrees with progressOf on the same commitments', () => {
    const counts = { not_started: 5, in_progress: 3, partial: 2, implemented: 1, reversed: 12 };
    expect(progressFromCounts(counts)).toEqual({ done: 3, total: 23, percent: 13 });
  });

  it('accepts missing statuses', () => {
    expect(progressFromCounts({})).toEqual({ done: 0, total: 0, percent: null });
  });
});

describe('progressChange', () => {
  it('is the difference of the displayed percentages', () => {
    expect(
      progressChange(progressOf(['implemented', 'not_started']), progressOf(['not_started', 'not_started'])),
    ).toBe(-50);
    expect(progressChange({ done: 1, total: 23, percent: 4 }, { done: 3, total: 23, percent: 13 })).toBe(9);
  });

  it('is unknown when either figure is', () => {
    expect(progressChange(progressOf([]), progressOf(['partial']))).toBeNull();
  });
});
