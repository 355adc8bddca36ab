import { Link, Navigate, useLocation } from 'react-router';
import type { SessionUser } from '../../../shared/contracts/auth.ts';
import { ErrorState, LoadingState } from '../components/ui/page-state.tsx';
import { useSession } from '../features/auth/api/get-session.ts';
import { AdminLayout } from '../features/admin/components/admin-layout.tsx';
import { loginPath } from '../features/auth/lib/safe-next.ts';
import { t } from '../lib/i18n-tools.ts';
import { useDocumentMeta } from '../lib/use-document-meta.ts';

function AdminsOnly({ user }: { user: SessionUser }) {
  useDocumentMeta({ title: t('adminsOnly.heading'), description: t('adminsOnly.body') });
  return (
    <div className="page-state">
      <h1 className="page-state__title">{t('adminsOnly.heading')}</h1>
      <p>{t('adminsOnly.body')}</p>
      <p>{t('adminsOnly.you', { name: user.displayName })}</p>
      <p>
        <Link to="/" className="button">
          {t('notFound.back')}
        </Link>
      </p>
    </div>
  );
}

/**
 * `/admin/*`: the door to the admin area. Anonymous visitors go to sign in (and come back), analysts are
 * told in words that the area is for admins; admins get the area, each page loading on its own.
 */
export function AdminRoute() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <LoadingState label={t('state.loading')} />;
  if (session.isError) {
    return (
      <ErrorState title={t('error.session')} error={session.error} onRetry={() => void session.refetch()} />
    );
  }
  if (!session.data) return <Navigate to={loginPath(`${location.pathname}${location.search}`)} replace />;
  if (session.data.user.role !== 'admin') return <AdminsOnly user={session.data.user} />;
  return <AdminLayout currentUser={session.data.user} />;
}
