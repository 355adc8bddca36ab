import { describe, expect, it } from 'vitest';
import { isDeadlineMissed } from './deadlines.ts';

describe('isDeadlineMissed', () => {
  const troupe = { deadline: '2018-10-31', status: 'not_started' as const };

  it('is missed once the deadline has passed and the commitment is not Implemented', () => {
    expect(isDeadlineMissed(troupe, '2018-11-01')).toBe(true);
    expect(isDeadlineMissed(troupe, '2026-02-19')).toBe(true);
    for (const status of ['in_progress', 'partial', 'stalled', 'reversed', 'abandoned'] as const)
      expect(isDeadlineMissed({ ...troupe, status }, '2019-01-01'), status).toBe(true);
  });

  it('is never missed without a deadline, whatever the status and date', () => {
    expect(isDeadlineMissed({ deadline: null, status: 'not_started' }, '2030-01-01')).toBe(false);
  });

  it('is not missed on the deadline day itself', () => {
    expect(isDeadlineMissed(troupe, '2018-10-31')).toBe(false);
  });

  it('is not missed before the deadline', () => {
    expect(isDeadlineMissed(troupe, '2018-09-19')).toBe(false);
  });

  it('is not missed when the commitment is Implemented on the date asked about', () => {
    expect(isDeadlineMissed({ ...troupe, status: 'implemented' }, '2019-01-01')).toBe(false);
  });

  it('judges the status of the date asked about: implemented late counts as missed until then', () => {
    // The caller passes the status as of each date: not started in November, implemented by December.
    expect(isDeadlineMissed({ ...troupe, status: 'not_started' }, '2018-11-15')).toBe(true);
    expect(isDeadlineMissed({ ...troupe, status: 'implemented' }, '2018-12-15')).toBe(false);
  });
});
