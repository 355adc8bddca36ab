import { describe, expect, it } from 'vitest';
import type { CommitmentSummary } from '../../../../../shared/contracts/public.ts';
import { makeSummary } from '../../../test-support/fixtures.ts';
import { filterCommitments, hasFilters, partiesOf, readFilters } from './filters.ts';

const commitment = (overrides: Partial<CommitmentSummary>): CommitmentSummary => makeSummary(overrides);

const gp = commitment({
  slug: 'gp-withdrawal',
  title: 'Trial withdrawal of 11 guard posts',
  titleKo: '감시초소 시범 철수',
  status: 'reversed',
});
const troupe = commitment({
  slug: 'art-troupe-seoul',
  title: 'Pyongyang art troupe performs in Seoul',
  category: 'exchange',
  deadline: '2018-10-31',
  parties: ['DPRK', 'ROK'],
});
const jsa = commitment({
  slug: 'jsa-demilitarisation',
  title: 'Demilitarise the JSA',
  text: 'Remove weapons and guard posts from the Joint Security Area.',
  parties: ['ROK', 'DPRK', 'UNC'],
  deadline: '2018-10-25',
  deadlineMetOn: '2018-10-25',
  status: 'implemented',
});
const liaison = commitment({
  slug: 'liaison-office',
  agreementSlug: 'panmunjom',
  title: 'Open a liaison office',
});
const all = [gp, troupe, jsa, liaison];
const filtered = (query: string, asOf = '2024-01-01') =>
  filterCommitments(all, readFilters(new URLSearchParams(query)), asOf).map((c) => c.slug);

describe('readFilters', () => {
  it('reads the URL and ignores values it does not know', () => {
    expect(
      readFilters(new URLSearchParams('status=reversed&category=military&party=UNC&q=guard&missed=1')),
    ).toEqual({
      agreement: undefined,
      status: 'reversed',
      category: 'military',
      party: 'UNC',
      q: 'guard',
      missed: true,
    });
    const junk = readFilters(new URLSearchParams('status=done&category=sports&party=%20&missed=yes'));
    expect(junk).toEqual({
      agreement: undefined,
      status: undefined,
      category: undefined,
      party: undefined,
      q: '',
      missed: false,
    });
    expect(hasFilters(junk)).toBe(false);
    expect(hasFilters(readFilters(new URLSearchParams('q=%20%20')))).toBe(false);
  });
});

describe('filterCommitments', () => {
  it('keeps everything without filters', () => {
    expect(filtered('')).toEqual([
      'gp-withdrawal',
      'art-troupe-seoul',
      'jsa-demilitarisation',
      'liaison-office',
    ]);
  });

  it('keeps one agreement’s commitments with ?agreement=', () => {
    expect(filtered('agreement=panmunjom')).toEqual(['liaison-office']);
    expect(filtered('agreement=a&status=reversed')).toEqual(['gp-withdrawal']);
    expect(hasFilters(readFilters(new URLSearchParams('agreement=panmunjom')))).toBe(true);
  });

  it('filters by status, category and party', () => {
    expect(filtered('status=reversed')).toEqual(['gp-withdrawal']);
    expect(filtered('category=exchange')).toEqual(['art-troupe-seoul']);
    expect(filtered('party=UNC')).toEqual(['jsa-demilitarisation']);
  });

  it('searches titles in both languages and the clause, ignoring case and surrounding spaces', () => {
    expect(filtered('q=GUARD%20POSTS')).toEqual(['gp-withdrawal', 'jsa-demilitarisation']);
    expect(filtered('q=%20감시초소%20')).toEqual(['gp-withdrawal']);
    expect(filtered('q=joint%20security')).toEqual(['jsa-demilitarisation']);
    expect(filtered('q=nothing%20like%20this')).toEqual([]);
  });

  it('keeps only missed deadlines, judged on the date shown', () => {
    expect(filtered('missed=1')).toEqual(['art-troupe-seoul']); // the JSA one was met on the day
    expect(filtered('missed=1', '2018-10-31')).toEqual([]); // the deadline day itself is still in time
  });

  it('combines filters', () => {
    expect(filtered('q=guard&status=implemented')).toEqual(['jsa-demilitarisation']);
    expect(filtered('q=guard&category=exchange')).toEqual([]);
    expect(filtered('party=DPRK&missed=1&category=exchange')).toEqual(['art-troupe-seoul']);
  });
});

describe('partiesOf', () => {
  it('lists each party once, the most often named first', () => {
    expect(partiesOf([gp, troupe, jsa])).toEqual(['DPRK', 'ROK', 'UNC']);
  });
});
