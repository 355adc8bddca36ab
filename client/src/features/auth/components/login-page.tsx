import { useRef, useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { signInRequestSchema } from '../../../../../shared/contracts/auth.ts';
import { Field, FormAlert } from '../../../components/ui/field.tsx';
import { LoadingState } from '../../../components/ui/page-state.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { describeError } from '../../../lib/error-message.ts';
import { validate, type FieldErrors } from '../../../lib/form-errors.ts';
import { t } from '../../../lib/i18n-tools.ts';
import { useDocumentMeta } from '../../../lib/use-document-meta.ts';
import { useSession } from '../api/get-session.ts';
import { useSignIn } from '../api/sign-in.ts';
import { safeNextPath } from '../lib/safe-next.ts';
import './login.css';

/** The server's own words for wrong credentials and throttling are meant for people; others get ours. */
function signInProblem(error: unknown): string {
  if (isApiError(error) && (error.status === 401 || error.status === 429)) return error.message;
  return describeError(error);
}

/** `/login`: analysts and admins sign in, then go back to the page they came from (`?next=`). */
export function LoginPage() {
  useDocumentMeta({ title: t('login.heading'), description: t('login.lead') });
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'), window.location.origin);
  const session = useSession();
  const signIn = useSignIn();
  const [errors, setErrors] = useState<FieldErrors>({});
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  if (session.isPending) return <LoadingState label={t('state.loading')} />;
  // Signed in (now, or already): back to where the analyst came from.
  if (session.data) return <Navigate to={next} replace />;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;
    const form = new FormData(event.currentTarget);
    const checked = validate(signInRequestSchema, {
      username: String(form.get('username') ?? '').trim(),
      password: String(form.get('password') ?? ''),
    });
    setErrors(checked.errors);
    if (!checked.ok) {
      (checked.errors.username ? usernameRef : passwordRef).current?.focus();
      return;
    }
    signIn.mutate(checked.data, {
      onError: () => passwordRef.current?.select(),
    });
  }

  return (
    <div className="auth-page">
      <h1 className="auth-page__title">{t('login.heading')}</h1>
      <p className="auth-page__lead">{t('login.lead')}</p>
      <form className="auth-form" noValidate onSubmit={submit}>
        {signIn.isError ? (
          // A new element per attempt, so the same message is announced again after another try.
          <FormAlert key={signIn.submittedAt} title={t('login.failed')}>
            <p>{signInProblem(signIn.error)}</p>
          </FormAlert>
        ) : null}
        <Field label={t('login.username')} error={errors.username}>
          {(control) => (
            <input
              {...control}
              ref={usernameRef}
              className="input"
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              autoFocus
            />
          )}
        </Field>
        <Field label={t('login.password')} error={errors.password}>
          {(control) => (
            <input
              {...control}
              ref={passwordRef}
              className="input"
              name="password"
              type="password"
              autoComplete="current-password"
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={signIn.isPending || undefined}>
            {t('login.submit')}
          </button>
          {signIn.isPending ? (
            <span className="muted" role="status">
              {t('login.checking')}
            </span>
          ) : null}
        </div>
      </form>
      <p className="auth-page__note muted">{t('login.note')}</p>
    </div>
  );
}
