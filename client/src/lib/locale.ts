import { useSyncExternalStore } from 'react';
import { addMessages } from './i18n.ts';
import {
  getLocale,
  parseLocale,
  rememberedLocale,
  setLocale,
  subscribeLocale,
  type Locale,
} from './locale-store.ts';

const loaded = new Set<Locale>(['en']);

/**
 * The Korean strings are a chunk of their own: readers of the English pages never download them, and
 * readers who choose Korean fetch a few kilobytes once.
 */
async function loadMessages(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return;
  const { ko } = await import('./i18n-ko.ts');
  addMessages('ko', ko);
  loaded.add(locale);
}

/** Switches the interface to `locale` once its strings are here; English stays if they cannot load. */
export async function switchLocale(locale: Locale): Promise<void> {
  try {
    await loadMessages(locale);
    setLocale(locale);
  } catch {
    // A failed chunk load (offline, a deploy in between): the page stays readable in English.
  }
}

/** The language a page opens in: `?lang=` in its address, else the reader's remembered choice, else English. */
export function initialLocale(search: string): Locale {
  return parseLocale(new URLSearchParams(search).get('lang')) ?? rememberedLocale() ?? 'en';
}

/** `search` with `lang` set to `locale`, every other parameter kept in place. */
export function withLang(search: string, locale: Locale): string {
  const params = new URLSearchParams(search);
  params.set('lang', locale);
  return `?${params.toString()}`;
}

/** The interface language, re-rendering the caller when it changes. */
export function useLocale(): Locale {
  return useSyncExternalStore(subscribeLocale, getLocale, getLocale);
}
