import { useState, type FormEvent } from 'react';
import { userCreateSchema } from '../../../../../../shared/contracts/admin.ts';
import { LIMITS, ROLES } from '../../../../../../shared/domain/limits.ts';
import { ErrorSummary, Field, FormAlert } from '../../../../components/ui/field.tsx';
import { t } from '../../../../lib/i18n-tools.ts';
import { useDraftForm } from '../../../../lib/use-draft-form.ts';
import { useCreateUser } from '../../api/users.ts';
import { AdminWriteProblem } from '../admin-write-problem.tsx';

const EMPTY = { username: '', displayName: '', role: 'analyst', password: '' };

/** "New account": the admin sets a first password and tells it to the person through a safe channel. */
export function UserCreateForm() {
  const create = useCreateUser();
  const [created, setCreated] = useState<string | null>(null);
  const form = useDraftForm({ initial: EMPTY, schema: userCreateSchema, toInput: (draft) => ({ ...draft }) });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const input = form.check(event.currentTarget);
    if (!input) return;
    create.mutate(input, {
      onSuccess: (user) => {
        setCreated(t('admin.users.created', { name: user.displayName, username: user.username }));
        form.reset(EMPTY);
      },
      onError: form.showServerErrors,
    });
  }

  return (
    <form className="admin-form" noValidate onSubmit={submit}>
      {created ? <FormAlert tone="success" title={created} /> : null}
      <ErrorSummary attempt={form.failedAttempt} count={form.invalidCount} />
      {create.isError ? <AdminWriteProblem error={create.error} /> : null}
      <div className="form-row">
        <Field
          label={t('admin.users.username')}
          hint={t('admin.users.usernameHint')}
          error={form.errorFor('username')}
        >
          {(control) => (
            <input
              {...control}
              {...form.bind('username')}
              className="input"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
            />
          )}
        </Field>
        <Field
          label={t('admin.users.displayName')}
          hint={t('admin.users.displayNameHint')}
          error={form.errorFor('displayName')}
        >
          {(control) => (
            <input {...control} {...form.bind('displayName')} className="input" autoComplete="off" />
          )}
        </Field>
      </div>
      <div className="form-row">
        <Field label={t('admin.users.role')} error={form.errorFor('role')}>
          {(control) => (
            <select {...control} {...form.bind('role')} className="input">
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`role.${role}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t('admin.users.firstPassword')}
          hint={t('admin.users.passwordHint', { min: LIMITS.passwordMin })}
          error={form.errorFor('password')}
        >
          {(control) => (
            <input
              {...control}
              {...form.bind('password')}
              className="input"
              type="password"
              autoComplete="new-password"
            />
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={create.isPending || undefined}>
          {t('admin.users.create')}
        </button>
      </div>
    </form>
  );
}
