import type { IsoDate } from './dates.ts';
import type { DatePrecision } from './evidence.ts';

/** The first day of the period a date falls in: 2019-03-17 as a month is 2019-03-01. */
export function periodStart(date: IsoDate, precision: DatePrecision): IsoDate {
  if (precision === 'year') return `${date.slice(0, 4)}-01-01`;
  if (precision === 'month') return `${date.slice(0, 7)}-01`;
  return date;
}

/** The last day of that period: an event dated "March 2019" may have happened as late as 2019-03-31. */
export function periodEnd(date: IsoDate, precision: DatePrecision): IsoDate {
  if (precision === 'day') return date;
  const year = Number(date.slice(0, 4));
  if (precision === 'year') return `${year}-12-31`;
  const month = Number(date.slice(5, 7));
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_EN_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A date written as precisely as it is known: "19 Sep 2018", "March 2019" or "2019"; in Korean
 * "2018년 9월 19일", "2019년 3월" or "2019년". Used by pages, feeds and exports alike.
 */
export function formatDateAtPrecision(date: IsoDate, precision: DatePrecision, locale: 'en' | 'ko'): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (locale === 'ko') {
    if (precision === 'year') return `${year}년`;
    if (precision === 'month') return `${year}년 ${month}월`;
    return `${year}년 ${month}월 ${day}일`;
  }
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${MONTHS_EN_LONG[month - 1]} ${year}`;
  return `${day} ${MONTHS_EN[month - 1]} ${year}`;
}
