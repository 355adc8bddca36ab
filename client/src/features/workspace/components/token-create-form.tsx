import { useState, type FormEvent } from 'react';
import {
  API_TOKEN_LIMITS,
  apiTokenCreateSchema,
  type ApiTokenCreated,
} from '../../../../../shared/contracts/api-tokens.ts';
import { ErrorSummary, Field } from '../../../components/ui/field.tsx';
import { t } from '../../../lib/i18n-tools.ts';
import { useDraftForm } from '../../../lib/use-draft-form.ts';
import { useCreateApiToken } from '../api/api-tokens.ts';
import { NewTokenPanel } from './new-token-panel.tsx';
import { TokenWriteProblem } from './token-write-problem.tsx';

const EXPIRY_CHOICES = [30, 90, 180, API_TOKEN_LIMITS.expiresInDaysMax];
const EMPTY = { name: '', expiresInDays: String(API_TOKEN_LIMITS.expiresInDaysDefault) };

/** "New token": a name and a lifetime; on success the token itself, shown once. */
export function TokenCreateForm() {
  const create = useCreateApiToken();
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);
  const form = useDraftForm({
    initial: EMPTY,
    schema: apiTokenCreateSchema,
    toInput: (draft) => ({ name: draft.name, expiresInDays: Number(draft.expiresInDays) }),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const input = form.check(event.currentTarget);
    if (!input) return;
    create.mutate(input, {
      onSuccess: (answer) => {
        setCreated(answer);
        form.reset(EMPTY);
      },
      onError: form.showServerErrors,
    });
  }

  if (created) return <NewTokenPanel created={created} onDone={() => setCreated(null)} />;
  return (
    <form className="token-form" noValidate onSubmit={submit}>
      <ErrorSummary attempt={form.failedAttempt} count={form.invalidCount} />
      {create.isError ? <TokenWriteProblem error={create.error} /> : null}
      <Field label={t('tokens.name')} hint={t('tokens.nameHint')} error={form.errorFor('name')}>
        {(control) => <input {...control} {...form.bind('name')} className="input" autoComplete="off" />}
      </Field>
      <Field label={t('tokens.expiry')} error={form.errorFor('expiresInDays')}>
        {(control) => (
          <select {...control} {...form.bind('expiresInDays')} className="input">
            {EXPIRY_CHOICES.map((days) => (
              <option key={days} value={days}>
                {days === 365 ? t('tokens.expiryYear') : t('tokens.expiryDays', { days })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={create.isPending || undefined}>
          {create.isPending ? t('tokens.creating') : t('tokens.create')}
        </button>
      </div>
    </form>
  );
}
