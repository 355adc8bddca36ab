import type { FormEvent } from 'react';
import { z } from 'zod';
import type { User } from '../../../../../../shared/contracts/admin.ts';
import { newPasswordSchema } from '../../../../../../shared/contracts/auth.ts';
import { LIMITS } from '../../../../../../shared/domain/limits.ts';
import { Field } from '../../../../components/ui/field.tsx';
import { t } from '../../../../lib/i18n-tools.ts';
import { useDraftForm } from '../../../../lib/use-draft-form.ts';
import { useEditUser } from '../../api/users.ts';
import { AdminWriteProblem } from '../admin-write-problem.tsx';

const schema = z.object({ password: newPasswordSchema });

interface PasswordResetFormProps {
  user: User;
  onDone(message: string): void;
  onCancel(): void;
}

/** "Reset password": a new password for someone who has lost theirs; their sessions end at once. */
export function PasswordResetForm({ user, onDone, onCancel }: PasswordResetFormProps) {
  const edit = useEditUser();
  const form = useDraftForm({ initial: { password: '' }, schema, toInput: (draft) => draft });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (edit.isPending) return;
    const input = form.check(event.currentTarget);
    if (!input) return;
    edit.mutate(
      { username: user.username, patch: { password: input.password } },
      {
        onSuccess: () => onDone(t('admin.users.passwordReset', { name: user.displayName })),
        onError: form.showServerErrors,
      },
    );
  }

  return (
    <form
      className="user-card__form"
      noValidate
      onSubmit={submit}
      aria-label={t('admin.users.resetFor', { name: user.displayName })}
    >
      {edit.isError ? <AdminWriteProblem error={edit.error} /> : null}
      <Field
        label={t('admin.users.newPassword')}
        hint={t('admin.users.resetHint', { min: LIMITS.passwordMin })}
        error={form.errorFor('password')}
      >
        {(control) => (
          <input
            {...control}
            {...form.bind('password')}
            className="input"
            type="password"
            autoComplete="new-password"
            // The form opens on request: the field is what the admin came for.
            autoFocus
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button--small" aria-disabled={edit.isPending || undefined}>
          {t('admin.users.setPassword')}
        </button>
        <button type="button" className="button button--quiet button--small" onClick={onCancel}>
          {t('retract.cancel')}
        </button>
      </div>
    </form>
  );
}
