import { Link } from 'react-router';
import { describeError } from '../../../lib/error-message.ts';
import { t } from '../../../lib/i18n-tools.ts';
import { hasUnsavedWork } from '../../../lib/use-leave-guard.ts';
import { useSession } from '../api/get-session.ts';
import { useSignOut } from '../api/sign-out.ts';
import './session-menu.css';

/** In the header, for a signed-in analyst or admin: who they are, their workspace, the admin area, and signing out. */
export function SessionMenu() {
  const session = useSession();
  const signOut = useSignOut();
  if (!session.data) return null;
  const { user } = session.data;

  function handleSignOut() {
    if (signOut.isPending) return;
    if (hasUnsavedWork() && !window.confirm(t('session.signOutUnsaved'))) return;
    signOut.mutate(undefined, {
      // The button disappears with the session: give focus a place to land.
      onSuccess: () => document.getElementById('main')?.focus({ preventScroll: true }),
    });
  }

  return (
    <div className="session-menu">
      <p className="session-menu__who">
        <span className="visually-hidden">{t('session.signedInAs')} </span>
        <span className="session-menu__name">{user.displayName}</span>{' '}
        <span className="session-menu__role">{t(`role.${user.role}`)}</span>
      </p>
      <Link to="/workspace" className="session-menu__link">
        {t('workspaceHome.link')}
      </Link>
      {user.role === 'admin' ? (
        <Link to="/admin" className="session-menu__link">
          {t('session.admin')}
        </Link>
      ) : null}
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={handleSignOut}
        aria-disabled={signOut.isPending || undefined}
      >
        {t('session.signOut')}
      </button>
      {signOut.isError ? (
        <p className="session-menu__error" role="alert">
          {t('session.signOutFailed')} {describeError(signOut.error)}
        </p>
      ) : null}
    </div>
  );
}
