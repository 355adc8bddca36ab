import { Link, useLocation } from 'react-router';
import { t } from '../../../lib/i18n.ts';
import { hasSignedInHint, useSession } from '../api/get-session.ts';
import { loginPath } from '../lib/safe-next.ts';

/**
 * For the footer: the way in for analysts, back to the page they are on. Hidden once signed in, and while
 * the session of a browser that has signed in is loading (so it does not show, then go).
 */
export function SignInLink() {
  const session = useSession();
  const location = useLocation();
  if (session.data || (session.isPending && hasSignedInHint()) || location.pathname === '/login') return null;
  return (
    <p className="sign-in-link">
      {t('session.forAnalysts')}{' '}
      <Link to={loginPath(`${location.pathname}${location.search}`)}>{t('session.signIn')}</Link>
    </p>
  );
}
