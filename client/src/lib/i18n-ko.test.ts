import { afterEach, describe, expect, it } from 'vitest';
import { STATUS_KEYS, STATUS_LABELS } from '../../../shared/domain/status.ts';
import { formatDate, formatTimestamp } from './format.ts';
import { addMessages, formatMessage, statusLabel, t, tCount } from './i18n.ts';
import { ko } from './i18n-ko.ts';
import { toolsKo } from './i18n-tools-ko.ts';
import './i18n-tools.ts';
import { setLocale } from './locale-store.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The English template of a key (placeholders left in), whichever dictionary it is in. */
function english(id: string): string {
  setLocale('en');
  return formatMessage(id);
}

afterEach(() => setLocale('en'));

describe('the Korean dictionaries', () => {
  it('fill the same placeholders as the English, and none is blank', () => {
    for (const [id, text] of Object.entries({ ...ko, ...toolsKo })) {
      expect(text.trim(), id).not.toBe('');
      expect(placeholders(text), id).toEqual(placeholders(english(id)));
    }
  });

  it('switch the interface when Korean is chosen, and leave English untouched', () => {
    addMessages('ko', ko);
    setLocale('ko');
    expect(statusLabel('reversed')).toBe('역행');
    expect(t('dashboard.lastUpdate', { date: '2018년 12월 26일' })).toBe('최근 업데이트 2018년 12월 26일');
    expect(tCount('dashboard.total', 23)).toBe('합의 사항 23건');
    setLocale('en');
    for (const status of STATUS_KEYS) expect(statusLabel(status)).toBe(STATUS_LABELS[status]);
  });

  it('give every status its own Korean label', () => {
    const labels = STATUS_KEYS.map((status) => ko[`status.${status}`]);
    expect(new Set(labels).size).toBe(STATUS_KEYS.length);
  });
});

describe('dates in Korean', () => {
  it('are written as Korean readers write them', () => {
    setLocale('ko');
    expect(formatDate('2018-09-19')).toBe('2018년 9월 19일');
    expect(formatDate('2018-12-31')).toBe('2018년 12월 31일');
    expect(formatTimestamp('2023-11-24T23:30:59Z')).toBe('2023년 11월 24일 23:30 UTC');
    setLocale('en');
    expect(formatDate('2018-09-19')).toBe('19 Sep 2018');
  });
});
