import { afterEach, describe, expect, it } from 'vitest';
import type { Party } from '../../../shared/contracts/public.ts';
import { articleRefText, formatAtPrecision, partyNames } from './evidence.ts';
import { setLocale } from './locale-store.ts';

const REGISTRY: Party[] = [
  { code: 'ROK', name: 'South Korea', nameKo: '남측(한국)', kind: 'signatory' },
  { code: 'DPRK', name: 'North Korea', nameKo: '북측(북한)', kind: 'signatory' },
];

afterEach(() => setLocale('en'));

describe('the evidence shown on public pages', () => {
  it('writes dates as precisely as they are known, in the page language', () => {
    expect(formatAtPrecision('2019-03-01', 'month')).toBe('March 2019');
    expect(formatAtPrecision('2019-01-01', 'year')).toBe('2019');
    expect(formatAtPrecision('2018-09-19', 'day')).toBe('19 Sep 2018');
    setLocale('ko');
    expect(formatAtPrecision('2019-03-01', 'month')).toBe('2019년 3월');
    expect(formatAtPrecision('2018-09-19', 'day')).toBe('2018년 9월 19일');
  });

  it('names parties from the registry, never by code, in the page language', () => {
    expect(partyNames(['ROK', 'DPRK'], REGISTRY)).toBe('South Korea, North Korea');
    setLocale('ko');
    expect(partyNames(['DPRK'], REGISTRY)).toBe('북측(북한)');
    expect(partyNames([], REGISTRY)).toBe('');
  });

  it('writes article references in Korean style on Korean pages only', () => {
    expect(articleRefText('Art. 2(1)')).toBe('Art. 2(1)');
    setLocale('ko');
    expect(articleRefText('Art. 2(1)')).toBe('제2조 1항');
  });
});
