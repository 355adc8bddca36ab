import { describe, expect, it } from 'vitest';
import { formatDate, formatTimestamp, formatTimestampDate } from './format.ts';

describe('formatDate', () => {
  it('writes calendar dates as "19 Sep 2018", whatever the locale data says about "Sept"', () => {
    expect(formatDate('2018-09-19')).toBe('19 Sep 2018');
    expect(formatDate('2019-01-01')).toBe('1 Jan 2019');
  });

  it('does not shift a date across time zones', () => {
    expect(formatDate('2018-12-31')).toBe('31 Dec 2018');
  });

  it('gives back what it cannot read', () => {
    expect(formatDate('not a date')).toBe('not a date');
  });
});

describe('formatTimestampDate', () => {
  it('takes the UTC calendar date of a timestamp', () => {
    expect(formatTimestampDate('2023-11-24T23:30:00Z')).toBe('24 Nov 2023');
  });
});

describe('formatTimestamp', () => {
  it('gives the date and the minute in UTC, and says so', () => {
    expect(formatTimestamp('2023-11-24T23:30:59Z')).toBe('24 Nov 2023, 23:30 UTC');
    expect(formatTimestamp('2023-11-24T00:05:00Z')).toBe('24 Nov 2023, 00:05 UTC');
  });
});
