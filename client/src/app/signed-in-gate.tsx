import type { ReactElement } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { SessionUser } from '../../../shared/contracts/auth.ts';
import { ErrorState, LoadingState } from '../components/ui/page-state.tsx';
import { useSession } from '../features/auth/api/get-session.ts';
import { loginPath } from '../features/auth/lib/safe-next.ts';
import { t } from '../lib/i18n-tools.ts';

/**
 * The door of the signed-in areas: while the session loads or fails, the page to show; anonymous visitors
 * go to sign in and come back. Gives `{ user }` once someone is signed in.
 */
export function useSignedInGate(): { page: ReactElement } | { user: SessionUser } {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return { page: <LoadingState label={t('state.loading')} /> };
  if (session.isError) {
    return {
      page: (
        <ErrorState title={t('error.session')} error={session.error} onRetry={() => void session.refetch()} />
      ),
    };
  }
  if (!session.data) {
    return { page: <Navigate to={loginPath(`${location.pathname}${location.search}`)} replace /> };
  }
  return { user: session.data.user };
}
