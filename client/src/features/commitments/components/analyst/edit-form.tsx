import { useEffect, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { CommitmentDetail } from '../../../../../../shared/contracts/public.ts';
import { commitmentFieldsSchema } from '../../../../../../shared/contracts/writes.ts';
import { todayInSeoul } from '../../../../../../shared/domain/dates.ts';
import { CATEGORY_KEYS } from '../../../../../../shared/domain/status.ts';
import { splitList } from '../../../../lib/form-values.ts';
import { ErrorSummary, Field, FormAlert } from '../../../../components/ui/field.tsx';
import { isApiError, isConflict } from '../../../../lib/api-client.ts';
import { serverFieldErrors, validate, type FieldErrors } from '../../../../lib/form-errors.ts';
import { categoryLabel, t } from '../../../../lib/i18n-tools.ts';
import { useTouched } from '../../../../lib/use-touched.ts';
import { useEditCommitment } from '../../api/edit-commitment.ts';
import type { EditableField } from './changes.ts';
import { ConflictNotice } from './conflict-notice.tsx';
import {
  changedFields,
  draftFrom,
  editedFields,
  rebaseDraft,
  toFieldsInput,
  type EditDraft,
} from './edit-draft.ts';
import { BilingualPair, type TextSide } from '../../../../components/forms/bilingual-pair.tsx';
import { PartyChoice } from '../../../../components/forms/party-choice.tsx';
import { fieldLabel } from './field-labels.ts';
import { useConflict } from './use-conflict.ts';
import { useBase, useWorkspace } from './workspace.tsx';
import { WorkspaceFormActions } from './form-actions.tsx';
import { WriteProblem } from './write-problem.tsx';

interface EditFormProps {
  commitment: CommitmentDetail;
  hidden: boolean;
  onClose(): void;
  onSaved(): void;
  onDirtyChange(dirty: boolean): void;
}

const OPTIONAL: ReadonlySet<EditableField> = new Set([
  'titleKo',
  'textKo',
  'deadline',
  'deadlineNote',
  'deadlineNoteKo',
  'deadlineMetOn',
]);

/**
 * "Edit commitment": the wording and particulars of the clause. Only the fields the analyst changed are
 * sent, with the version they started from; a conflict keeps their input and shows what changed.
 */
export function EditForm({ commitment, hidden, onClose, onSaved, onDirtyChange }: EditFormProps) {
  const { recordOwnWrite } = useWorkspace();
  const [base, setBase] = useBase(commitment);
  const [draft, setDraft] = useState<EditDraft>(() => draftFrom(commitment));
  const { touched, touch } = useTouched();
  const [submitted, setSubmitted] = useState(false);
  const [failedAttempt, setFailedAttempt] = useState(0);
  const [unchanged, setUnchanged] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const save = useEditCommitment(commitment.slug);
  const conflict = useConflict(commitment.slug);
  const formRef = useRef<HTMLFormElement>(null);
  const firstRef = useRef<HTMLDivElement>(null);

  const checked = validate(commitmentFieldsSchema, toFieldsInput(draft));

  useEffect(() => {
    if (!hidden) firstRef.current?.querySelector('input')?.focus();
  }, [hidden]);

  function change(field: EditableField, value: string) {
    const next = { ...draft, [field]: value };
    setDraft(next);
    setServerErrors({});
    setUnchanged(false);
    onDirtyChange(editedFields(next, base).size > 0);
  }

  const errorFor = (field: EditableField) =>
    serverErrors[field] ?? (submitted || touched.has(field) ? checked.errors[field] : undefined);

  const bind = (field: EditableField) => ({
    value: draft[field],
    onChange: (event: { currentTarget: { value: string } }) => change(field, event.currentTarget.value),
    onBlur: () => touch(field),
  });

  function send(values: EditDraft, on: CommitmentDetail) {
    if (save.isPending) return;
    const result = validate(commitmentFieldsSchema, toFieldsInput(values));
    flushSync(() => setSubmitted(true));
    if (!result.ok) {
      setFailedAttempt((n) => n + 1);
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setFailedAttempt(0);
    const patch = changedFields(result.data, on);
    if (Object.keys(patch).length === 0) return setUnchanged(true);
    save.mutate(
      { ...patch, baseVersion: on.version },
      {
        onSuccess: (now) => {
          recordOwnWrite(now.version);
          onDirtyChange(false);
          onSaved();
        },
        onError: (error) => {
          if (isConflict(error)) void conflict.report(error);
          else if (isApiError(error) && error.details.length > 0)
            setServerErrors(serverFieldErrors(error.details));
        },
      },
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!conflict.conflict) return send(draft, base);
    const target = conflict.rebaseTarget(base);
    if (!target) return;
    const rebased = rebaseDraft(draft, base, target);
    setDraft(rebased);
    setBase(target);
    conflict.clear();
    send(rebased, target);
  }

  const text = (field: EditableField, hint?: string) => {
    return (
      <Field label={fieldLabel(field)} hint={hint} optional={OPTIONAL.has(field)} error={errorFor(field)}>
        {(control) => <input {...control} {...bind(field)} data-field={field} className="input" />}
      </Field>
    );
  };

  /** One side of an English/Korean pair. */
  const side = (field: EditableField, hint?: string): TextSide => ({
    label: fieldLabel(field),
    hint,
    optional: OPTIONAL.has(field),
    field,
    error: errorFor(field),
    ...bind(field),
  });

  const invalidCount = Object.keys(checked.errors).length;
  const waitingForLatest = conflict.conflict !== null && conflict.conflict.latest === undefined;

  return (
    <section className="workspace-panel" id="edit-panel" aria-labelledby="edit-heading" hidden={hidden}>
      <h2 id="edit-heading" className="workspace-panel__title">
        {t('edit.heading')}
      </h2>
      <p className="workspace-panel__lead">{t('edit.lead')}</p>
      <form ref={formRef} className="workspace-form" noValidate onSubmit={submit}>
        {conflict.conflict ? (
          <ConflictNotice
            kind="edit"
            base={base}
            latest={conflict.conflict.latest}
            mine={editedFields(draft, base)}
          />
        ) : null}
        <ErrorSummary attempt={failedAttempt} count={invalidCount} />
        {unchanged ? <FormAlert tone="warning" title={t('edit.unchanged')} /> : null}
        {save.isError && !isConflict(save.error) ? <WriteProblem error={save.error} action="save" /> : null}

        <div ref={firstRef}>
          <BilingualPair en={side('title')} ko={side('titleKo')} singleLine />
        </div>
        <div className="form-row">
          {text('articleRef')}
          <Field label={fieldLabel('category')} error={errorFor('category')}>
            {(control) => (
              <select {...control} {...bind('category')} className="input">
                {CATEGORY_KEYS.map((category) => (
                  <option key={category} value={category}>
                    {categoryLabel(category)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <BilingualPair en={side('text', t('edit.textHint'))} ko={side('textKo')} rows={5} />
        <PartyChoice
          legend={t('parties.legend')}
          hint={t('evidence.actorsHint')}
          field="parties"
          registry={commitment.partyRegistry}
          value={splitList(draft.parties)}
          error={errorFor('parties')}
          onChange={(codes) => change('parties', codes.join(', '))}
          onBlur={() => touch('parties')}
        />
        <div className="form-row">
          <Field label={fieldLabel('deadline')} optional error={errorFor('deadline')}>
            {(control) => (
              <input {...control} {...bind('deadline')} className="input input--short" type="date" />
            )}
          </Field>
          <Field
            label={fieldLabel('deadlineMetOn')}
            hint={t('edit.deadlineMetOnHint')}
            optional
            error={errorFor('deadlineMetOn')}
          >
            {(control) => (
              <input
                {...control}
                {...bind('deadlineMetOn')}
                data-field="deadlineMetOn"
                className="input input--short"
                type="date"
                max={todayInSeoul()}
              />
            )}
          </Field>
        </div>
        <BilingualPair
          en={side('deadlineNote', t('edit.deadlineNoteHint'))}
          ko={side('deadlineNoteKo')}
          singleLine
        />

        <WorkspaceFormActions
          submitLabel={conflict.conflict ? t('edit.saveOnLatest') : t('edit.save')}
          pendingLabel={t('edit.saving')}
          pending={save.isPending}
          blocked={save.isPending || waitingForLatest}
          onClose={onClose}
        />
      </form>
    </section>
  );
}
