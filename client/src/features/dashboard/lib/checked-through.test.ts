import { describe, expect, it } from 'vitest';
import { makeSummary } from '../../../test-support/fixtures.ts';
import { checkedThrough } from './checked-through.ts';

describe('checkedThrough', () => {
  it("takes the payload's day when every commitment was checked", () => {
    const commitments = [
      makeSummary({ reviewedThrough: '2026-02-19' }),
      makeSummary({ reviewedThrough: '2025-01-01' }),
    ];
    expect(checkedThrough({ checkedThrough: '2025-01-01', commitments })).toEqual({
      date: '2025-01-01',
      unchecked: 0,
    });
  });

  it('gives the earliest checked day and how many were never checked when the payload has none', () => {
    const commitments = [
      makeSummary({ reviewedThrough: '2026-02-19' }),
      makeSummary({ reviewedThrough: null }),
      makeSummary({ reviewedThrough: '2019-03-08' }),
      makeSummary({ reviewedThrough: null }),
    ];
    expect(checkedThrough({ checkedThrough: null, commitments })).toEqual({
      date: '2019-03-08',
      unchecked: 2,
    });
  });

  it('has no day when nothing was ever checked', () => {
    const commitments = [makeSummary({ reviewedThrough: null })];
    expect(checkedThrough({ checkedThrough: null, commitments })).toEqual({ date: null, unchecked: 1 });
  });
});
