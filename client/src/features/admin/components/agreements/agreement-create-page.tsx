import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { agreementCreateSchema } from '../../../../../../shared/contracts/admin.ts';
import { ErrorSummary, Field } from '../../../../components/ui/field.tsx';
import { t } from '../../../../lib/i18n-tools.ts';
import { useDocumentMeta } from '../../../../lib/use-document-meta.ts';
import { useDraftForm } from '../../../../lib/use-draft-form.ts';
import { useCreateAgreement } from '../../api/agreements.ts';
import { AdminWriteProblem } from '../admin-write-problem.tsx';
import { agreementDraft, agreementInput, slugFrom, type AgreementDraft } from './agreement-draft.ts';
import { AgreementFields } from './agreement-fields.tsx';

/** `/admin/agreements/new`: a new agreement; its commitments are added on its own page next. */
export function AgreementCreatePage() {
  useDocumentMeta({ title: t('admin.agreementNew.heading'), description: t('admin.agreementNew.lead') });
  const navigate = useNavigate();
  const create = useCreateAgreement();
  const form = useDraftForm({
    initial: () => agreementDraft(),
    schema: agreementCreateSchema,
    toInput: (draft: AgreementDraft) => ({ slug: draft.slug, ...agreementInput(draft) }),
  });
  // The slug follows the title until the admin types one of their own.
  const [slugEdited, setSlugEdited] = useState(false);
  const bind = (field: keyof AgreementDraft & string) => {
    const bound = form.bind(field);
    if (field !== 'title' || slugEdited) return bound;
    return {
      ...bound,
      onChange: (event: { currentTarget: { value: string } }) => {
        bound.onChange(event);
        form.set('slug', slugFrom(event.currentTarget.value));
      },
    };
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const input = form.check(event.currentTarget);
    if (!input) return;
    create.mutate(input, {
      onSuccess: (agreement) => navigate(`/admin/agreements/${agreement.slug}`, { state: { created: true } }),
      onError: form.showServerErrors,
    });
  }

  return (
    <>
      <header className="admin-page__header">
        <div>
          <p className="admin-page__back">
            <Link to="/admin/agreements">
              <span aria-hidden="true">← </span>
              {t('admin.agreements.heading')}
            </Link>
          </p>
          <h1 className="admin-page__title">{t('admin.agreementNew.heading')}</h1>
          <p className="admin-page__lead">{t('admin.agreementNew.lead')}</p>
        </div>
      </header>
      <form className="admin-form" noValidate onSubmit={submit}>
        <ErrorSummary attempt={form.failedAttempt} count={form.invalidCount} />
        {create.isError ? <AdminWriteProblem error={create.error} /> : null}
        <AgreementFields
          bind={bind}
          errorFor={form.errorFor}
          afterTitle={
            <Field label={t('admin.field.slug')} hint={t('admin.slugHint')} error={form.errorFor('slug')}>
              {(control) => (
                <input
                  {...control}
                  {...form.bind('slug')}
                  onChange={(event) => {
                    setSlugEdited(true);
                    form.set('slug', event.currentTarget.value);
                  }}
                  className="input"
                  spellCheck={false}
                  autoCapitalize="none"
                />
              )}
            </Field>
          }
        />
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={create.isPending || undefined}>
            {t('admin.agreementNew.submit')}
          </button>
          <Link to="/admin/agreements">{t('retract.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
