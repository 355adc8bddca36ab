import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigationType } from 'react-router';
import { STATUS_KEYS } from '../../../shared/domain/status.ts';
import { StatusBadge } from '../components/ui/status-badge.tsx';
import { StatusGlyph } from '../components/ui/status-glyph.tsx';
import { LoadingState } from '../components/ui/page-state.tsx';
import { hasSignedInHint, useSession } from '../features/auth/api/get-session.ts';
import { SignInLink } from '../features/auth/components/sign-in-link.tsx';
import { statusMeaning, t } from '../lib/i18n.ts';
import { LiveCue } from '../features/live/live-cue.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { useLocaleFromUrl } from './use-locale-url.ts';
import './styles/layout.css';

// Who is signed in, and signing out: loaded only when someone is, so anonymous readers never fetch it.
const SessionMenu = lazy(() =>
  import('../features/auth/components/session-menu.tsx').then((m) => ({ default: m.SessionMenu })),
);

/**
 * The session menu, in a room the page keeps from the server's render on when the browser has signed in
 * (the hint cookie): the menu arrives after hydration, and moves nothing when it does (decision 073).
 */
function HeaderSession() {
  const session = useSession();
  if (!session.data && !(session.isPending && hasSignedInHint())) return null;
  return (
    <div className="site-header__session">
      {session.data ? (
        <Suspense fallback={null}>
          <SessionMenu />
        </Suspense>
      ) : null}
    </div>
  );
}

function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to="/" className="site-header__name">
          <span className="site-header__mark">
            <StatusGlyph status="partial" />
          </span>
          {t('app.name')}
        </Link>
        <nav className="site-nav" aria-label={t('app.nav.label')}>
          <ul className="site-nav__list">
            <li>
              {/* NavLink marks the page in view with aria-current="page". */}
              <NavLink to="/about">{t('app.nav.about')}</NavLink>
            </li>
          </ul>
        </nav>
        <HeaderSession />
        <LanguageSwitch />
      </div>
    </header>
  );
}

function SiteFooter() {
  return (
    // Its id ends the server's hold on the first paint (server/http/pages/page-html.ts, decision 073).
    <footer className="site-footer" id="site-footer">
      <div className="container site-footer__inner">
        <div className="site-footer__about">
          <p>{t('app.footer.about')}</p>
          <p>
            <Link to="/about">{t('app.footer.methodology')}</Link>
          </p>
          <SignInLink />
        </div>
        {/* Not a labelled region: its name would compete with the analyst form's "Status" field for that label. */}
        <section>
          <h2 id="status-scale-heading" className="site-footer__heading">
            {t('app.footer.scale')}
          </h2>
          <dl className="status-scale">
            {STATUS_KEYS.map((status) => (
              <div key={status} className="status-scale__item">
                <dt>
                  <StatusBadge status={status} variant="plain" />
                </dt>
                <dd>{statusMeaning(status)}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </footer>
  );
}

/** Header, main and footer around any content; the error page reuses it outside the router's outlet. */
export function SiteFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <SiteHeader />
      <main id="main" className="container site-main" tabIndex={-1}>
        {children}
        <LiveCue />
      </main>
      <SiteFooter />
    </>
  );
}

/** After a client-side navigation to another page, move focus to <main> so screen readers start there. */
function useFocusMainOnNavigate(): void {
  const { pathname, hash } = useLocation();
  const navigationType = useNavigationType();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    // A new page starts at its top; going back ('POP') keeps the browser's own scroll restoration.
    if (navigationType === 'PUSH' && !hash) window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname, hash, navigationType]);
}

export function Layout() {
  useFocusMainOnNavigate();
  // Keyed by language: the page is drawn afresh in the new language (its data stays in the query cache).
  const locale = useLocaleFromUrl();
  return (
    <SiteFrame>
      {/* The sign-in, analyst and admin pages load on demand; the public pages never wait for them. */}
      <Suspense key={locale} fallback={<LoadingState label={t('state.loading')} />}>
        <Outlet />
      </Suspense>
    </SiteFrame>
  );
}
