import { describe, expect, it } from 'vitest';
import {
  accessedOn,
  apaReference,
  bibtexEntry,
  bibtexEscape,
  commitmentUrl,
  houseCitation,
  longDate,
  permalink,
  type CommitmentCitation,
} from './citation.ts';

const guardPosts: CommitmentCitation = {
  origin: 'https://tracker.example.org',
  slug: 'gp-withdrawal',
  title: 'Withdraw guard posts in the DMZ',
  agreementTitle: 'Comprehensive Military Agreement',
  asOf: '2019-06-01',
  accessed: '2026-12-03',
};

const korean: CommitmentCitation = {
  ...guardPosts,
  title: '비무장지대 감시초소 철수',
  agreementTitle: '판문점선언 군사분야 이행합의서',
};

/** The value of one field of a BibTeX entry, as written between its outer braces. */
function field(entry: string, name: string): string | undefined {
  return new RegExp(`^  ${name} *= \\{(.*)\\},?$`, 'm').exec(entry)?.[1];
}

/** True when every brace of `text` is closed, in order, counting as BibTeX does (a backslash escapes none). */
function balanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth++;
    if (char === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

describe('dates and links', () => {
  it('writes dates in full, in English and in Korean, without shifting them across time zones', () => {
    expect(longDate('2026-12-03', 'en')).toBe('3 December 2026');
    expect(longDate('2018-12-31', 'en')).toBe('31 December 2018');
    expect(longDate('2026-12-03', 'ko')).toBe('2026년 12월 3일');
    expect(accessedOn('2026-12-03', 'en')).toBe('Accessed 3 December 2026');
    expect(accessedOn('2026-12-03', 'ko')).toBe('2026년 12월 3일 접속');
  });

  it("pins the commitment's address to the date of the record", () => {
    expect(commitmentUrl('https://a.example', 'gp-withdrawal')).toBe(
      'https://a.example/commitments/gp-withdrawal',
    );
    expect(permalink(guardPosts)).toBe(
      'https://tracker.example.org/commitments/gp-withdrawal?asOf=2019-06-01',
    );
  });

  it("writes the tracker's short form, as /about suggests it", () => {
    const cited = {
      title: 'Withdraw guard posts',
      url: 'https://a.example/commitments/gp',
      accessed: '2026-12-03',
    };
    expect(houseCitation(cited, 'en')).toBe(
      'Accord Tracker, “Withdraw guard posts”, https://a.example/commitments/gp, accessed 3 December 2026',
    );
    expect(houseCitation({ ...cited, title: '감시초소 철수' }, 'ko')).toBe(
      'Accord Tracker, 「감시초소 철수」, https://a.example/commitments/gp, 2026년 12월 3일 접속',
    );
  });
});

describe('apaReference', () => {
  it('is author, (date of the record), title with its agreement, retrieval date and link', () => {
    expect(apaReference(guardPosts, 'en')).toBe(
      'Accord Tracker. (2019, June 1). Withdraw guard posts in the DMZ (Comprehensive Military Agreement). ' +
        'Retrieved December 3, 2026, from https://tracker.example.org/commitments/gp-withdrawal?asOf=2019-06-01',
    );
  });

  it('writes a Korean reference with Korean titles and dates', () => {
    expect(apaReference(korean, 'ko')).toBe(
      'Accord Tracker. (2019년 6월 1일). 비무장지대 감시초소 철수 (판문점선언 군사분야 이행합의서). ' +
        '2026년 12월 3일 검색, https://tracker.example.org/commitments/gp-withdrawal?asOf=2019-06-01',
    );
  });

  it('does not double the full stop after a title that ends a sentence', () => {
    const question = { ...guardPosts, title: 'Talks?', agreementTitle: 'A.' };
    expect(apaReference(question, 'en')).toContain('Talks? (A.). Retrieved');
    expect(apaReference({ ...guardPosts, agreementTitle: 'Joint Statement' }, 'en')).toContain(
      '(Joint Statement). Retrieved',
    );
  });
});

describe('bibtexEscape', () => {
  it('writes every special character so that it prints as itself', () => {
    expect(bibtexEscape('50% & more_of #1 for $5 ~ ^')).toBe(
      '50\\% \\& more\\_of \\#1 for \\$5 {\\textasciitilde} {\\textasciicircum}',
    );
    expect(bibtexEscape('a {b} c\\d')).toBe('a {\\textbraceleft}b{\\textbraceright} c{\\textbackslash}d');
  });

  it('keeps braces balanced even when the text has a lone one', () => {
    expect(balanced(bibtexEscape('an { unclosed'))).toBe(true);
    expect(balanced(bibtexEscape('a } stray'))).toBe(true);
  });

  it('leaves Korean and ordinary punctuation alone', () => {
    expect(bibtexEscape('감시초소 철수: “시범” (1단계)')).toBe('감시초소 철수: “시범” (1단계)');
  });
});

describe('bibtexEntry', () => {
  it('is a @misc entry: the organisation, the title, the year and link of the record, both dates', () => {
    const entry = bibtexEntry(guardPosts, 'en');
    expect(entry).toBe(
      [
        '@misc{accord-tracker-gp-withdrawal-2019-06-01,',
        '  author       = {{Accord Tracker}},',
        '  title        = {{Withdraw guard posts in the DMZ (Comprehensive Military Agreement)}},',
        '  year         = {2019},',
        '  howpublished = {\\url{https://tracker.example.org/commitments/gp-withdrawal?asOf=2019-06-01}},',
        '  url          = {https://tracker.example.org/commitments/gp-withdrawal?asOf=2019-06-01},',
        '  urldate      = {2026-12-03},',
        '  note         = {Record as of 1 June 2019. Accessed 3 December 2026}',
        '}',
      ].join('\n'),
    );
    expect(balanced(entry)).toBe(true);
  });

  it('writes a Korean entry: Korean title and note, the same key, link and dates', () => {
    const entry = bibtexEntry(korean, 'ko');
    expect(entry.startsWith('@misc{accord-tracker-gp-withdrawal-2019-06-01,\n')).toBe(true);
    expect(field(entry, 'title')).toBe('{비무장지대 감시초소 철수 (판문점선언 군사분야 이행합의서)}');
    expect(field(entry, 'note')).toBe('2019년 6월 1일 기준 기록. 2026년 12월 3일 접속');
    expect(field(entry, 'urldate')).toBe('2026-12-03');
    expect(field(entry, 'year')).toBe('2019');
  });

  it('escapes a title with { } % & _ and stays balanced', () => {
    const tricky = {
      ...guardPosts,
      title: 'Reopen {Kaesong} at 100% & more_now',
      agreementTitle: 'Odd { one',
    };
    const entry = bibtexEntry(tricky, 'en');
    expect(field(entry, 'title')).toBe(
      '{Reopen {\\textbraceleft}Kaesong{\\textbraceright} at 100\\% \\& more\\_now (Odd {\\textbraceleft} one)}',
    );
    expect(balanced(entry)).toBe(true);
  });

  it('keeps a hostile origin from unbalancing the entry', () => {
    const entry = bibtexEntry({ ...guardPosts, origin: 'https://x}{y' }, 'en');
    expect(balanced(entry)).toBe(true);
    expect(field(entry, 'url')).toBe('https://x%7D%7By/commitments/gp-withdrawal?asOf=2019-06-01');
  });
});
