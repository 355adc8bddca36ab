import { useEffect, useRef, type ReactNode } from 'react';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { STATUS_KEYS } from '../../../shared/domain/status.ts';
import { StatusBadge } from '../components/ui/status-badge.tsx';
import { StatusGlyph } from '../components/ui/status-glyph.tsx';
import { statusMeaning, t } from '../lib/i18n.ts';
import './styles/layout.css';

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
      </div>
    </header>
  );
}

function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p className="site-footer__about">{t('app.footer.about')}</p>
        <section aria-labelledby="status-scale-heading">
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
      </main>
      <SiteFooter />
    </>
  );
}

/** After a client-side navigation to another page, move focus to <main> so screen readers start there. */
function useFocusMainOnNavigate(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
}

export function Layout() {
  useFocusMainOnNavigate();
  return (
    <SiteFrame>
      <Outlet />
      <ScrollRestoration />
    </SiteFrame>
  );
}
