import { useState, type FormEvent } from 'react';
import { agreementFieldsSchema, type AgreementPatch } from '../../../../../../shared/contracts/admin.ts';
import type { Agreement } from '../../../../../../shared/contracts/public.ts';
import { ErrorSummary, FormAlert } from '../../../../components/ui/field.tsx';
import { t } from '../../../../lib/i18n-tools.ts';
import { useDraftForm } from '../../../../lib/use-draft-form.ts';
import { useEditAgreement } from '../../api/agreements.ts';
import { AdminWriteProblem } from '../admin-write-problem.tsx';
import { AGREEMENT_FIELDS, agreementDraft, agreementInput } from './agreement-draft.ts';
import { AgreementFields } from './agreement-fields.tsx';

/** "Edit agreement": sends only the fields that changed. */
export function AgreementEditForm({ agreement }: { agreement: Agreement }) {
  const edit = useEditAgreement(agreement.slug);
  const [outcome, setOutcome] = useState<'saved' | 'unchanged' | null>(null);
  const form = useDraftForm({
    initial: () => agreementDraft(agreement),
    schema: agreementFieldsSchema,
    toInput: agreementInput,
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (edit.isPending) return;
    const fields = form.check(event.currentTarget);
    if (!fields) return;
    const before = agreementInput(agreementDraft(agreement));
    const patch: AgreementPatch = {};
    for (const key of AGREEMENT_FIELDS) {
      if (JSON.stringify(fields[key]) !== JSON.stringify(before[key]))
        Object.assign(patch, { [key]: fields[key] });
    }
    if (Object.keys(patch).length === 0) return setOutcome('unchanged');
    setOutcome(null);
    edit.mutate(patch, {
      onSuccess: (saved) => {
        form.reset(agreementDraft(saved));
        setOutcome('saved');
      },
      onError: form.showServerErrors,
    });
  }

  return (
    <form className="admin-form" noValidate onSubmit={submit}>
      {outcome === 'saved' ? <FormAlert tone="success" title={t('admin.agreement.saved')} /> : null}
      {outcome === 'unchanged' ? <FormAlert tone="warning" title={t('edit.unchanged')} /> : null}
      <ErrorSummary attempt={form.failedAttempt} count={form.invalidCount} />
      {edit.isError ? <AdminWriteProblem error={edit.error} /> : null}
      <AgreementFields bind={form.bind} errorFor={form.errorFor} />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={edit.isPending || undefined}>
          {t('edit.save')}
        </button>
      </div>
    </form>
  );
}
