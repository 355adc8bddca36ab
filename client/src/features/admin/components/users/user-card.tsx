import { useState } from 'react';
import type { User } from '../../../../../../shared/contracts/admin.ts';
import { FormAlert } from '../../../../components/ui/field.tsx';
import { formatTimestampDate } from '../../../../lib/format.ts';
import { t } from '../../../../lib/i18n-tools.ts';
import { useEditUser } from '../../api/users.ts';
import { AdminWriteProblem } from '../admin-write-problem.tsx';
import { PasswordResetForm } from './password-reset-form.tsx';

interface UserCardProps {
  user: User;
  /** The admin looking: they may not disable or demote themselves (the server refuses it too). */
  isSelf: boolean;
}

/** One account: who, role, access, and the actions an admin can take on it. */
export function UserCard({ user, isSelf }: UserCardProps) {
  const edit = useEditUser();
  const [resetting, setResetting] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const headingId = `user-${user.username}`;

  function change(patch: { role?: User['role']; disabled?: boolean }, done: string) {
    setMessage(null);
    edit.mutate({ username: user.username, patch }, { onSuccess: () => setMessage(done) });
  }

  const otherRole = user.role === 'admin' ? 'analyst' : 'admin';
  return (
    <li className={`user-card${user.disabled ? ' user-card--disabled' : ''}`} aria-labelledby={headingId}>
      <div className="user-card__who">
        <h3 id={headingId} className="user-card__name">
          {user.displayName}
          {isSelf ? <span className="user-card__self"> {t('admin.users.you')}</span> : null}
        </h3>
        <p className="user-card__meta">
          <code>{user.username}</code>
          <span className="user-card__role">{t(`role.${user.role}`)}</span>
          <span className={user.disabled ? 'user-card__state user-card__state--off' : 'user-card__state'}>
            {user.disabled ? t('admin.users.disabled') : t('admin.users.active')}
          </span>
          <span>{t('admin.users.since', { date: formatTimestampDate(user.createdAt) })}</span>
        </p>
      </div>
      <div className="user-card__actions">
        {isSelf ? null : (
          <>
            <button
              type="button"
              className="button button--quiet button--small"
              aria-describedby={headingId}
              aria-disabled={edit.isPending || undefined}
              onClick={() =>
                change(
                  { role: otherRole },
                  t('admin.users.roleChanged', { name: user.displayName, role: t(`role.${otherRole}`) }),
                )
              }
            >
              {otherRole === 'admin' ? t('admin.users.makeAdmin') : t('admin.users.makeAnalyst')}
            </button>
            <button
              type="button"
              className="button button--quiet button--small"
              aria-describedby={headingId}
              aria-disabled={edit.isPending || undefined}
              onClick={() =>
                change(
                  { disabled: !user.disabled },
                  t(user.disabled ? 'admin.users.enabledNow' : 'admin.users.disabledNow', {
                    name: user.displayName,
                  }),
                )
              }
            >
              {user.disabled ? t('admin.users.enable') : t('admin.users.disable')}
            </button>
          </>
        )}
        {resetting ? null : (
          <button
            type="button"
            className="button button--quiet button--small"
            aria-describedby={headingId}
            onClick={() => {
              setMessage(null);
              setResetting(true);
            }}
          >
            {t('admin.users.reset')}
          </button>
        )}
      </div>
      {resetting ? (
        <PasswordResetForm
          user={user}
          onCancel={() => setResetting(false)}
          onDone={(done) => {
            setResetting(false);
            setMessage(done);
          }}
        />
      ) : null}
      {message ? <FormAlert tone="success" title={message} /> : null}
      {edit.isError ? <AdminWriteProblem error={edit.error} /> : null}
    </li>
  );
}
