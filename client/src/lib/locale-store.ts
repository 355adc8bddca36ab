/**
 * The interface language: English by default, Korean on request. A tiny store (no React, no imports) so
 * that `t()` and the date formatters can read it anywhere, and React can subscribe to it.
 */
export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];

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

/** The cookie that remembers the reader's choice: a cookie, not storage, so that the server sees it too. */
export const LOCALE_COOKIE = 'accord_lang';
const LOCALE_COOKIE_PATTERN = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([a-z]+)`);
const YEAR_SECONDS = 365 * 86_400;

/** The reader's last choice, kept so that plain links and the next visit stay in that language. */
export function rememberedLocale(): Locale | undefined {
  if (typeof document === 'undefined') return undefined;
  return parseLocale(LOCALE_COOKIE_PATTERN.exec(document.cookie)?.[1]);
}

export function rememberLocale(locale: Locale): void {
  if (typeof document === 'undefined') return;
  document.cookie = `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${YEAR_SECONDS}; SameSite=Lax`;
}
