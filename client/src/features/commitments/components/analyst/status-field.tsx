import type { Ref } from 'react';
import type { CommitmentDetail } from '../../../../../../shared/contracts/public.ts';
import type { StatusKey } from '../../../../../../shared/domain/status.ts';
import { Field } from '../../../../components/ui/field.tsx';
import { formatDate } from '../../../../lib/format.ts';
import { statusLabel, t } from '../../../../lib/i18n-tools.ts';
import { StatusOptions } from './status-options.tsx';
import type { UpdateDraft } from './update-draft.ts';
import type { EventDraftForm } from './use-event-draft.ts';

interface StatusFieldProps {
  commitment: CommitmentDetail;
  form: EventDraftForm<UpdateDraft>;
  selectRef: Ref<HTMLSelectElement>;
}

/** The new status, with the current one (and since when) as the hint. */
export function StatusField({ commitment, form, selectRef }: StatusFieldProps) {
  const current = commitment.updates.find((update) => !update.retraction);
  return (
    <Field
      label={t('updateForm.status')}
      hint={
        current
          ? t('updateForm.statusHint', {
              status: statusLabel(commitment.status),
              date: formatDate(current.effectiveOn),
            })
          : t('updateForm.statusHintNone')
      }
      error={form.errorFor('status')}
    >
      {(control) => (
        <select
          {...control}
          ref={selectRef}
          data-field="status"
          className="input input--short"
          value={form.draft.status}
          onChange={(event) => form.set('status', event.currentTarget.value as StatusKey)}
          onBlur={() => form.touch('status')}
        >
          <StatusOptions />
        </select>
      )}
    </Field>
  );
}
