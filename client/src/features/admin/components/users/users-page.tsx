import { ErrorState, LoadingState } from '../../../../components/ui/page-state.tsx';
import { t } from '../../../../lib/i18n-tools.ts';
import { useDocumentMeta } from '../../../../lib/use-document-meta.ts';
import { useUsers } from '../../api/users.ts';
import { useAdminContext } from '../admin-layout.tsx';
import { UserCard } from './user-card.tsx';
import { UserCreateForm } from './user-create-form.tsx';

/** `/admin/users`: every account, with its role and access, and new accounts. */
export function UsersPage() {
  useDocumentMeta({ title: t('admin.users.heading'), description: t('admin.users.lead') });
  const { currentUser } = useAdminContext();
  const users = useUsers();
  return (
    <>
      <header className="admin-page__header">
        <div>
          <h1 className="admin-page__title">{t('admin.users.heading')}</h1>
          <p className="admin-page__lead">{t('admin.users.lead')}</p>
        </div>
      </header>
      <section className="admin-section" aria-labelledby="accounts-heading">
        <h2 id="accounts-heading" className="admin-section__title">
          {t('admin.users.accounts')}
        </h2>
        {users.isPending ? <LoadingState label={t('state.loading')} /> : null}
        {users.isError ? (
          <ErrorState
            title={t('admin.users.failed')}
            error={users.error}
            onRetry={() => void users.refetch()}
          />
        ) : null}
        {users.data ? (
          <ul className="user-list">
            {users.data.map((user) => (
              <UserCard key={user.username} user={user} isSelf={user.username === currentUser.username} />
            ))}
          </ul>
        ) : null}
      </section>
      <section className="admin-section" aria-labelledby="new-account-heading">
        <h2 id="new-account-heading" className="admin-section__title">
          {t('admin.users.new')}
        </h2>
        <UserCreateForm />
      </section>
    </>
  );
}
