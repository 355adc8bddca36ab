import { describe, expect, it } from 'vitest';
import { formatDateAtPrecision, periodEnd, periodStart } from './date-precision.ts';

describe('date precision', () => {
  it('keeps the first day of the period in effectiveOn', () => {
    expect(periodStart('2019-03-17', 'day')).toBe('2019-03-17');
    expect(periodStart('2019-03-17', 'month')).toBe('2019-03-01');
    expect(periodStart('2019-03-17', 'year')).toBe('2019-01-01');
  });

  it('knows where the period ends, leap years included', () => {
    expect(periodEnd('2020-02-01', 'month')).toBe('2020-02-29');
    expect(periodEnd('2019-02-01', 'month')).toBe('2019-02-28');
    expect(periodEnd('2019-01-01', 'year')).toBe('2019-12-31');
    expect(periodEnd('2019-01-05', 'day')).toBe('2019-01-05');
  });

  it('prints only what is known, in both languages', () => {
    expect(formatDateAtPrecision('2018-09-19', 'day', 'en')).toBe('19 Sep 2018');
    expect(formatDateAtPrecision('2019-03-01', 'month', 'en')).toBe('March 2019');
    expect(formatDateAtPrecision('2019-01-01', 'year', 'en')).toBe('2019');
    expect(formatDateAtPrecision('2018-09-19', 'day', 'ko')).toBe('2018년 9월 19일');
    expect(formatDateAtPrecision('2019-03-01', 'month', 'ko')).toBe('2019년 3월');
    expect(formatDateAtPrecision('2019-01-01', 'year', 'ko')).toBe('2019년');
  });
});
