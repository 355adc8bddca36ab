import { describe, expect, it } from 'vitest';
import { isIsoDate, todayIso } from './dates.ts';

describe('isIsoDate', () => {
  it('accepts real dates', () => {
    for (const value of ['2018-09-19', '2020-02-29', '1999-12-31']) expect(isIsoDate(value)).toBe(true);
  });
  it('refuses impossible and malformed dates', () => {
    for (const value of [
      '2019-02-29',
      '2018-13-01',
      '2018-00-10',
      '2018-9-19',
      '19-09-2018',
      '2018-09-19T00:00:00Z',
      '',
      'today',
    ]) {
      expect(isIsoDate(value)).toBe(false);
    }
  });
  it('formats today in UTC', () => {
    expect(todayIso(new Date('2026-11-28T23:59:59Z'))).toBe('2026-11-28');
  });
});
