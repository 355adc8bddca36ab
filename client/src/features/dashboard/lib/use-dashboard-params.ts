import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { readAsOf, type AS_OF_PARAM } from '../../../lib/as-of.ts';
import { FILTER_PARAMS, readFilters, type FilterParam } from './filters.ts';
import type { VIEW_PARAM } from './views.ts';
import { readView } from './views.ts';

export type DashboardParam = typeof AS_OF_PARAM | FilterParam | typeof VIEW_PARAM;
export type ParamsPatch = Partial<Record<DashboardParam, string | undefined>>;

/**
 * The dashboard's state, all in the URL so a link shows the same view: the date (?asOf=) and the filters.
 * Changing one keeps every other parameter (the other filters, the language, anything else).
 */
export function useDashboardParams() {
  const [params, setParams] = useSearchParams();
  const asOf = readAsOf(params);
  const filters = useMemo(() => readFilters(params), [params]);
  const view = readView(params);

  // The addresses changes asked for, until the router shows them: a second change made before then (two filters
  // in quick succession) builds on the first, rather than on the older address, and keeps it. Any other address
  // (Back, a link) drops them.
  const pending = useRef<string[]>([]);
  useEffect(() => {
    const index = pending.current.indexOf(params.toString());
    pending.current = index === -1 ? [] : pending.current.slice(index + 1);
  }, [params]);

  const update = useCallback(
    (patch: ParamsPatch, options: { replace?: boolean } = {}) => {
      const next = new URLSearchParams(pending.current.at(-1) ?? params);
      for (const [key, value] of Object.entries(patch)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      pending.current = [...pending.current, next.toString()];
      // The page stays where the reader is: a filter or a date is not a new page.
      setParams(next, { replace: options.replace, preventScrollReset: true });
    },
    [params, setParams],
  );

  const clearFilters = useCallback(
    () => update(Object.fromEntries(FILTER_PARAMS.map((key) => [key, undefined]))),
    [update],
  );

  /** This address with `patch` applied, for links that change one part of the view (and work without JavaScript). */
  const hrefWith = useCallback(
    (patch: ParamsPatch) => {
      const next = new URLSearchParams(params);
      for (const [key, value] of Object.entries(patch)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      const search = next.toString();
      return search ? `/?${search}` : '/';
    },
    [params],
  );

  return { asOf, filters, view, update, clearFilters, hrefWith };
}
