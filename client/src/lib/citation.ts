import type { IsoDate } from '../../../shared/domain/dates.ts';
import { fillTemplate } from './i18n.ts';
import type { Locale } from './locale-store.ts';

/**
 * How to cite a commitment: its permanent link, the tracker's own short form (shown on /about), an APA 7
 * reference and a BibTeX entry, in English or Korean. One module, so /about and every commitment page
 * cite the same way (decision 070). Pure functions of their input: the caller says which language.
 */

export const CITED_AUTHOR = 'Accord Tracker';

export interface CommitmentCitation {
  /** The site's origin, e.g. "https://tracker.example.org". */
  origin: string;
  slug: string;
  /** The commitment's title, in the page's language where there is one. */
  title: string;
  /** The agreement's title, likewise. */
  agreementTitle: string;
  /** The date of the record cited: the page's ?asOf=, else the day it is read. */
  asOf: IsoDate;
  /** The day the reader read it. */
  accessed: IsoDate;
}

const WORDS: Record<Locale, Record<'accessed' | 'house' | 'recordAsOf' | 'retrieved', string>> = {
  en: {
    accessed: 'Accessed {date}',
    house: 'Accord Tracker, “{title}”, {url}, accessed {date}',
    recordAsOf: 'Record as of {date}',
    retrieved: 'Retrieved {date}, from {url}',
  },
  ko: {
    accessed: '{date} 접속',
    house: 'Accord Tracker, 「{title}」, {url}, {date} 접속',
    recordAsOf: '{date} 기준 기록',
    retrieved: '{date} 검색, {url}',
  },
};

const utc = { timeZone: 'UTC' } as const;
// "3 December 2026" (the site's day-month-year order, the month in full, as references write it).
const dayMonthYear = new Intl.DateTimeFormat('en-GB', {
  ...utc,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
// APA's American order: "December 3, 2026", and "2019, June 1" from its parts.
const monthDayYear = new Intl.DateTimeFormat('en-US', {
  ...utc,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const korean = new Intl.DateTimeFormat('ko-KR', { ...utc, day: 'numeric', month: 'long', year: 'numeric' });

const asDate = (value: IsoDate) => new Date(`${value}T00:00:00Z`);

/** A date as a reference writes it in full: "3 December 2026", in Korean "2026년 12월 3일". */
export function longDate(value: IsoDate, locale: Locale): string {
  return (locale === 'ko' ? korean : dayMonthYear).format(asDate(value));
}

/** "Accessed 3 December 2026" ("2026년 12월 3일 접속"). */
export function accessedOn(value: IsoDate, locale: Locale): string {
  return fillTemplate(WORDS[locale].accessed, { date: longDate(value, locale) });
}

/** "Record as of 1 June 2019" ("2019년 6월 1일 기준 기록"). */
export function recordAsOf(value: IsoDate, locale: Locale): string {
  return fillTemplate(WORDS[locale].recordAsOf, { date: longDate(value, locale) });
}

/** A commitment's address, which it keeps for good. */
export function commitmentUrl(origin: string, slug: string): string {
  return `${origin}/commitments/${encodeURIComponent(slug)}`;
}

/** The commitment's address pinned to a date: the page as of that day, whenever it is opened. */
export function permalink({ origin, slug, asOf }: Pick<CommitmentCitation, 'origin' | 'slug' | 'asOf'>) {
  return `${commitmentUrl(origin, slug)}?asOf=${asOf}`;
}

/** The tracker's short form (the one /about suggests): name, title in quotes, link, access date. */
export function houseCitation(
  { title, url, accessed }: { title: string; url: string; accessed: IsoDate },
  locale: Locale,
): string {
  return fillTemplate(WORDS[locale].house, { title, url, date: longDate(accessed, locale) });
}

/** What is cited: the commitment, and the agreement it belongs to. */
export function citedTitle({ title, agreementTitle }: Pick<CommitmentCitation, 'title' | 'agreementTitle'>) {
  return `${title} (${agreementTitle})`;
}

const endSentence = (text: string) => (/[.?!。]$/.test(text) ? text : `${text}.`);

function apaDate(value: IsoDate, locale: Locale): string {
  if (locale === 'ko') return longDate(value, locale);
  const parts = Object.fromEntries(monthDayYear.formatToParts(asDate(value)).map((p) => [p.type, p.value]));
  return `${parts.year}, ${parts.month} ${parts.day}`;
}

/**
 * An APA 7 reference to a page whose content changes, by an organisation that is also the site (so the
 * site is not named twice): author, (date of the record), title, retrieval date and URL, no final period.
 */
export function apaReference(citation: CommitmentCitation, locale: Locale): string {
  const retrieved = fillTemplate(WORDS[locale].retrieved, {
    date:
      locale === 'ko' ? longDate(citation.accessed, locale) : monthDayYear.format(asDate(citation.accessed)),
    url: permalink(citation),
  });
  return `${CITED_AUTHOR}. (${apaDate(citation.asOf, locale)}). ${endSentence(citedTitle(citation))} ${retrieved}`;
}

// Characters with a meaning in BibTeX or LaTeX. Braces become commands in braces, not \{ and \}: BibTeX
// counts braces even after a backslash, so a lone "{" in a title would break the whole entry.
const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '{\\textbackslash}',
  '{': '{\\textbraceleft}',
  '}': '{\\textbraceright}',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '#': '\\#',
  $: '\\$',
  '~': '{\\textasciitilde}',
  '^': '{\\textasciicircum}',
};

/** Text made safe for a BibTeX field: every special character written so that it prints as itself. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}%&_#$~^]/g, (char) => BIBTEX_ESCAPES[char]!);
}

// A URL goes into \url{} and biblatex's verbatim url field as it is; only braces and backslashes (which
// a URL never needs raw) would unbalance the entry, so they are percent-encoded.
const bibtexUrl = (url: string) => url.replace(/[{}\\]/g, (char) => encodeURIComponent(char));

/**
 * A BibTeX @misc entry for the commitment as of a date: the organisation as author (double braces: a
 * name, not "Tracker, A."), the title protected from a style's case changes, the year of the record,
 * the link in `howpublished` (BibTeX styles) and `url` + `urldate` (biblatex), and both dates in `note`.
 */
export function bibtexEntry(citation: CommitmentCitation, locale: Locale): string {
  const url = bibtexUrl(permalink(citation));
  const fields: [string, string][] = [
    ['author', `{${CITED_AUTHOR}}`],
    ['title', `{${bibtexEscape(citedTitle(citation))}}`],
    ['year', citation.asOf.slice(0, 4)],
    ['howpublished', `\\url{${url}}`],
    ['url', url],
    ['urldate', citation.accessed],
    ['note', bibtexEscape(`${recordAsOf(citation.asOf, locale)}. ${accessedOn(citation.accessed, locale)}`)],
  ];
  const key = `accord-tracker-${citation.slug.replace(/[^a-z0-9-]/gi, '-')}-${citation.asOf}`;
  const body = fields.map(([name, value]) => `  ${name.padEnd(12)} = {${value}}`).join(',\n');
  return `@misc{${key},\n${body}\n}`;
}
