import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState, LoadingState } from '../components/ui/page-state.tsx';
import { useSession } from '../features/auth/api/get-session.ts';
import { loginPath } from '../features/auth/lib/safe-next.ts';
import { t } from '../lib/i18n-tools.ts';

/**
 * `/workspace/*`: the analyst's own pages. Anonymous visitors go to sign in and come back; analysts and
 * admins get the page, each loading on its own.
 */
export function WorkspaceRoute() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <LoadingState label={t('state.loading')} />;
  if (session.isError) {
    return (
      <ErrorState title={t('error.session')} error={session.error} onRetry={() => void session.refetch()} />
    );
  }
  if (!session.data) return <Navigate to={loginPath(`${location.pathname}${location.search}`)} replace />;
  return <Outlet />;
}
