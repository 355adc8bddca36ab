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
const FILTERS: Record<string, Keep> = {
  agreement: text,
  status: text,
  category: text,
  party: text,
  q: text,
  missed: (value) => value === '1',
  // The phone's List / Timeline / Table switch (client/src/features/dashboard/lib/views.ts); the list is the default.
  view: (value) => value === 'timeline' || value === 'table',
};
const BY_PAGE: Record<string, Record<string, Keep>> = {
  // The dashboard's filters (client/src/features/dashboard/lib/filters.ts).
  '/': FILTERS,
  '/updates': { before: (value) => CURSOR.test(value) },
};

/**
 * The address a page is rendered and kept for: the path, and the query parameters that page reads, in
 * their order, each once (its last value), without empty or meaningless values (an empty filter from the plain form, a
 * date in the future). `changed`: the request's own query differs, so the server redirects to this one.
 */
export function pageAddress(path: string, search: string, today: string) {
  if (search === '') return { url: path, lang: null, changed: false }; // most requests: nothing to parse
  // A name given twice keeps its last value: a plain form's quick-pick button (asOf=…) comes after its date field.
  const asked = new Map(new URLSearchParams(search));
  // The plain form's "Clear filters" button.
  if (path === '/' && asked.has('clear')) for (const name of Object.keys(FILTERS)) asked.delete(name);
  const rules = { ...COMMON, ...BY_PAGE[path] };
  const kept = new URLSearchParams();
  for (const [name, value] of asked) {
    const keep = rules[name];
    if (keep?.(value, today)) kept.set(name, value);
  }
  const query = kept.toString();
  return {
    url: query ? `${path}?${query}` : path,
    lang: kept.get('lang'),
    changed: query !== search.replace(/^\?/, ''),
  };
}
