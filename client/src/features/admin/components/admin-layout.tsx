import { Suspense } from 'react';
import { NavLink, Outlet, useOutletContext } from 'react-router';
import type { SessionUser } from '../../../../../shared/contracts/auth.ts';
import { LoadingState } from '../../../components/ui/page-state.tsx';
import { t } from '../../../lib/i18n-tools.ts';
import '../../../components/ui/form.css';
import './admin.css';

interface AdminContext {
  /** The admin using the area: some actions (disabling, demoting) are not offered on their own account. */
  currentUser: SessionUser;
}

export function useAdminContext(): AdminContext {
  return useOutletContext<AdminContext>();
}

const SECTIONS = [
  { to: '/admin/agreements', label: 'admin.nav.agreements' },
  { to: '/admin/users', label: 'admin.nav.users' },
  { to: '/admin/audit', label: 'admin.nav.audit' },
] as const;

/** `/admin/*`: the admin's sections; each page brings its own h1. */
export function AdminLayout({ currentUser }: AdminContext) {
  return (
    <div className="admin">
      <nav className="admin-nav" aria-label={t('admin.nav.label')}>
        <p className="admin-nav__title">{t('admin.nav.label')}</p>
        <ul className="admin-nav__list">
          {SECTIONS.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to} className="admin-nav__link">
                {t(section.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="admin__page">
        <Suspense fallback={<LoadingState label={t('state.loading')} />}>
          <Outlet context={{ currentUser } satisfies AdminContext} />
        </Suspense>
      </div>
    </div>
  );
}
