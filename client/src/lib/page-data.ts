import type { QueryKey } from '@tanstack/react-query';
import type { Locale } from './locale-store.ts';

/** What a server-rendered page hands the browser in <script type="application/json" id="page-data">. */
export interface PageData {
  locale: Locale;
  /** Each query the page drew, with its data: seeded into the cache, so hydration fetches nothing. */
  queries: [QueryKey, unknown][];
  /** Queries the server found nothing for (404): the page showed "not found" for them. */
  missing: QueryKey[];
  /** The lazy parts the page drew (see lazy-page.tsx): loaded before hydrating. */
  parts: string[];
  /** The origin the page was drawn for (PUBLIC_URL, else the request's): see site-origin.ts. */
  origin: string;
}

export const PAGE_DATA_ID = 'page-data';

/** JSON that cannot end its <script> element early: every "<" is escaped (JSON.parse reads it back). */
export function serializePageData(data: PageData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The page's data, when the server rendered it; undefined for the pages the browser draws alone. */
export function readPageData(): PageData | undefined {
  const text = document.getElementById(PAGE_DATA_ID)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as PageData;
  } catch {
    return undefined;
  }
}
