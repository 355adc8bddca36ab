import { Link } from 'react-router';
import type { SessionUser } from '../../../shared/contracts/auth.ts';
import { AdminLayout } from '../features/admin/components/admin-layout.tsx';
import { t } from '../lib/i18n-tools.ts';
import { useDocumentMeta } from '../lib/use-document-meta.ts';
import { useSignedInGate } from './signed-in-gate.tsx';

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
  const gate = useSignedInGate();
  if ('page' in gate) return gate.page;
  if (gate.user.role !== 'admin') return <AdminsOnly user={gate.user} />;
  return <AdminLayout currentUser={gate.user} />;
}
