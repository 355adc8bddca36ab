import { describe, expect, it } from 'vitest';
import { readAsOf, withAsOf } from './as-of.ts';

describe('readAsOf', () => {
  const read = (query: string) => readAsOf(new URLSearchParams(query), '2026-02-19');

  it('takes a real past date', () => {
    expect(read('asOf=2018-10-01')).toBe('2018-10-01');
  });

  it('reads today, a future date, a malformed date or none as "today"', () => {
    for (const query of [
      '',
      'asOf=',
      'asOf=2026-02-19',
      'asOf=2030-01-01',
      'asOf=2019-02-30',
      'asOf=yesterday',
    ])
      expect(read(query), query).toBeUndefined();
  });
});

describe('withAsOf', () => {
  it('adds the date only when there is one', () => {
    expect(withAsOf('/commitments/gp-withdrawal', '2018-10-01')).toBe(
      '/commitments/gp-withdrawal?asOf=2018-10-01',
    );
    expect(withAsOf('/commitments/gp-withdrawal', undefined)).toBe('/commitments/gp-withdrawal');
  });
});
