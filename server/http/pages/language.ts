import type { PageLocale } from '../../../shared/contracts/page-render.ts';

/** The cookie the browser writes when a reader picks a language (client/src/lib/locale-store.ts). */
export const LOCALE_COOKIE = 'accord_lang';
const COOKIE_PATTERN = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([a-z]+)`);
const YEAR_SECONDS = 365 * 86_400;

const asLocale = (value: string | null | undefined): PageLocale | undefined =>
  value === 'en' || value === 'ko' ? value : undefined;

/** Korean when the reader's browser ranks a Korean tag above every English one; else English. */
export function fromAcceptLanguage(header: string | undefined): PageLocale | undefined {
  if (!header) return undefined;
  let best: { locale: PageLocale; q: number } | undefined;
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const locale = asLocale(tag.split('-')[0]);
    if (!locale) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { locale, q };
  }
  return best?.locale;
}

export function rememberedLocale(cookieHeader: string | undefined): PageLocale | undefined {
  return cookieHeader ? asLocale(COOKIE_PATTERN.exec(cookieHeader)?.[1]) : undefined;
}

/** The page's language: ?lang=, then the remembered choice (a cookie), then Accept-Language, then English. */
export function pageLocale(
  asked: string | null | undefined,
  cookieHeader: string | undefined,
  acceptLanguage: string | undefined,
): PageLocale {
  return asLocale(asked) ?? rememberedLocale(cookieHeader) ?? fromAcceptLanguage(acceptLanguage) ?? 'en';
}

/** Remembers a ?lang= choice, so that plain links keep it even without JavaScript. */
export function localeCookie(locale: PageLocale): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${YEAR_SECONDS}; SameSite=Lax`;
}
