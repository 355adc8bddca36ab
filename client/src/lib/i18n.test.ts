import { describe, expect, it } from 'vitest';
import { STATUS_KEYS, STATUS_LABELS } from '../../../shared/domain/status.ts';
import { statusLabel, t, tCount } from './i18n.ts';

describe('t', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('dashboard.lastUpdate', { date: '26 Dec 2018' })).toBe('Last update 26 Dec 2018');
    expect(t('dashboard.lastUpdate')).toBe('Last update {date}');
  });

  it('picks the singular or plural form', () => {
    expect(tCount('dashboard.total', 1)).toBe('1 commitment');
    expect(tCount('dashboard.total', 23)).toBe('23 commitments');
  });

  it('uses the exact status labels of the contract', () => {
    for (const status of STATUS_KEYS) expect(statusLabel(status)).toBe(STATUS_LABELS[status]);
  });
});
