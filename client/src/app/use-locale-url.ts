import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { switchLocale, useLocale, withLang } from '../lib/locale.ts';
import { parseLocale, rememberLocale, type Locale } from '../lib/locale-store.ts';

/**
 * Keeps the interface language and the address in step. `?lang=` decides and is remembered; a plain
 * link inside the site keeps the reader's language, and gets `?lang=ko` written into the address, so a
 * link copied from a Korean page opens in Korean for anyone.
 */
export function useLocaleFromUrl(): Locale {
  const locale = useLocale();
  const location = useLocation();
  const navigate = useNavigate();
  const asked = parseLocale(new URLSearchParams(location.search).get('lang'));

  useEffect(() => {
    if (asked) {
      rememberLocale(asked);
      if (asked !== locale) void switchLocale(asked);
      return;
    }
    if (locale === 'en') return; // English is the default: its addresses need no parameter
    void navigate(
      { pathname: location.pathname, search: withLang(location.search, locale), hash: location.hash },
      { replace: true, state: location.state, preventScrollReset: true },
    );
  }, [asked, locale, location.pathname, location.search, location.hash, location.state, navigate]);

  return locale;
}
