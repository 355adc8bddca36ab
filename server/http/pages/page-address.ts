import { isIsoDate } from '../../../shared/domain/dates.ts';

const MAX_TEXT = 200;
const CURSOR = /^\d{4}-\d{2}-\d{2}_\d+$/;

type Keep = (value: string, today: string) => boolean;

const text: Keep = (value) => value.trim() !== '' && value.length <= MAX_TEXT;
/** Parameters every page reads. A date today or later means "today", as the browser reads it (lib/as-of.ts). */
const COMMON: Record<string, Keep> = {
  lang: (value) => value === 'en' || value === 'ko',
  asOf: (value, today) => isIsoDate(value) && value < today,
};
const BY_PAGE: Record<string, Record<string, Keep>> = {
  // The dashboard's filters (client/src/features/dashboard/lib/filters.ts).
  '/': { status: text, category: text, party: text, q: text, missed: (value) => value === '1' },
  '/updates': { before: (value) => CURSOR.test(value) },
};

/**
 * The address a page is rendered and kept for: the path, and the query parameters that page reads, in
 * their order, each once, without empty or meaningless values (an empty filter from the plain form, a
 * date in the future). `changed`: the request's own query differs, so the server redirects to this one.
 */
export function pageAddress(path: string, search: string, today: string) {
  const asked = new URLSearchParams(search);
  const rules = { ...COMMON, ...BY_PAGE[path] };
  const kept = new URLSearchParams();
  for (const [name, value] of asked) {
    const keep = rules[name];
    if (keep && !kept.has(name) && keep(value, today)) kept.set(name, value);
  }
  const query = kept.toString();
  return {
    url: query ? `${path}?${query}` : path,
    lang: kept.get('lang'),
    changed: query !== search.replace(/^\?/, ''),
  };
}
