/**
 * The interface language: English by default, Korean on request. A tiny store (no React, no imports) so
 * that `t()` and the date formatters can read it anywhere, and React can subscribe to it.
 */
export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];

const STORAGE_KEY = 'accord.lang';

let current: Locale = 'en';
const listeners = new Set<() => void>();

export function parseLocale(value: string | null | undefined): Locale | undefined {
  return LOCALES.find((locale) => locale === value);
}

export function getLocale(): Locale {
  return current;
}

/** Makes `next` the interface language: `<html lang>` follows, and subscribers re-render. */
export function setLocale(next: Locale): void {
  if (next === current) return;
  current = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
  for (const listener of listeners) listener();
}

export function subscribeLocale(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The reader's last choice, kept so that plain links and the next visit stay in that language. */
export function rememberedLocale(): Locale | undefined {
  try {
    return parseLocale(globalThis.localStorage?.getItem(STORAGE_KEY));
  } catch {
    return undefined; // storage disabled: the URL still carries the choice
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // storage disabled or full: nothing to do, the URL carries the choice
  }
}
