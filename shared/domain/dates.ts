/** Calendar dates travel as 'YYYY-MM-DD' strings; they compare correctly as strings. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD (rejects 2019-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Today's date in UTC as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}

// en-CA formats as YYYY-MM-DD.
const seoulDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Seoul',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's date in Korea (UTC+9), the latest calendar day anywhere the tracker's events happen: an analyst
 * in Seoul may record this morning's event while it is still yesterday in UTC.
 */
export function todayInSeoul(now: Date = new Date()): IsoDate {
  return seoulDate.format(now);
}

/** Days since 1970-01-01 of a date: differences of these count calendar days. */
export const dayNumber = (day: IsoDate): number => Date.parse(`${day}T00:00:00Z`) / 86_400_000;
