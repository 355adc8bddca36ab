import type { IsoDate } from '../../../shared/domain/dates.ts';
import { getLocale } from './locale-store.ts';

// en-US parts give "Sep" (en-GB now says "Sept"); we assemble the editorial "19 Sep 2018" order ourselves.
const dateParts = new Intl.DateTimeFormat('en-US', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

// Korean dates as Korean readers write them: "2018년 9월 19일".
const koreanDate = new Intl.DateTimeFormat('ko-KR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

function formatParts(date: Date): string {
  if (getLocale() === 'ko') return koreanDate.format(date);
  const parts = Object.fromEntries(dateParts.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.day} ${parts.month} ${parts.year}`;
}

// Formatted dates, by language and date: a page shows the same few hundred dates many times, and Intl's
// formatToParts is the costliest step of a server render. Bounded: emptied when it grows past its size.
const formatted = new Map<string, string>();
const MAX_FORMATTED = 5_000;

/** A calendar date ('2018-09-19') as "19 Sep 2018" (in Korean, "2018년 9월 19일"). */
export function formatDate(value: IsoDate): string {
  const key = `${getLocale()}${value}`;
  let text = formatted.get(key);
  if (text === undefined) {
    const date = new Date(`${value}T00:00:00Z`);
    text = Number.isNaN(date.getTime()) ? value : formatParts(date);
    if (formatted.size >= MAX_FORMATTED) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

/** A timestamp (ISO 8601) as its UTC calendar date, "19 Sep 2018". */
export function formatTimestampDate(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : formatParts(date);
}

const timestampParts = new Intl.DateTimeFormat('en-US', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});

/** A timestamp to the minute, in UTC and saying so: "24 Nov 2023, 23:30 UTC" ("2023년 11월 24일 23:30 UTC"). */
export function formatTimestamp(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const separator = getLocale() === 'ko' ? ' ' : ', ';
  return `${formatParts(date)}${separator}${timestampParts.format(date)} UTC`;
}
