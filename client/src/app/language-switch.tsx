import type { MouseEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { t } from '../lib/i18n.ts';
import { useLocale, withLang } from '../lib/locale.ts';
import type { Locale } from '../lib/locale-store.ts';
import { hasUnsavedWork } from '../lib/use-leave-guard.ts';

// Each language is named in itself, so a reader finds theirs whatever the page is in.
const CHOICES: { locale: Locale; name: string }[] = [
  { locale: 'ko', name: '한국어' },
  { locale: 'en', name: 'English' },
];

/** "한국어 | English": links to this same page (every other parameter kept) in the other language. */
export function LanguageSwitch() {
  const current = useLocale();
  const location = useLocation();

  function confirmSwitch(event: MouseEvent<HTMLAnchorElement>) {
    // The page is redrawn in the new language, which would drop an unsent draft.
    if (hasUnsavedWork() && !window.confirm(t('app.languageUnsaved'))) event.preventDefault();
  }

  return (
    <nav className="language-switch" aria-label={t('app.language')}>
      <ul className="language-switch__list">
        {CHOICES.map(({ locale, name }) => (
          <li key={locale}>
            <Link
              className="language-switch__link"
              to={{
                pathname: location.pathname,
                search: withLang(location.search, locale),
                hash: location.hash,
              }}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
              preventScrollReset
              onClick={locale === current ? undefined : confirmSwitch}
            >
              {name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
