import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CommitmentDetail, StatusUpdate } from '../../../../../../shared/contracts/public.ts';
import { retractionSchema } from '../../../../../../shared/contracts/writes.ts';
import { LIMITS } from '../../../../../../shared/domain/limits.ts';
import { Field, FormAlert } from '../../../../components/ui/field.tsx';
import { isConflict } from '../../../../lib/api-client.ts';
import { validate } from '../../../../lib/form-errors.ts';
import { t } from '../../../../lib/i18n-tools.ts';
import { useTouched } from '../../../../lib/use-touched.ts';
import { useRetractUpdate } from '../../api/retract-update.ts';
import { updateElementId, updateHeadId } from '../update-entry.tsx';
import { ConflictNotice } from './conflict-notice.tsx';
import { useConflict } from './use-conflict.ts';
import { useBase, useWorkspace } from './workspace.tsx';
import { WriteProblem } from './write-problem.tsx';

interface RetractFormProps {
  update: StatusUpdate;
  commitment: CommitmentDetail;
  /** "Retract and correct": the confirm button says so, and a pre-filled new update follows. */
  correcting: boolean;
  onDone(): void;
  onCancel(): void;
}

function RetractForm({ update, commitment, correcting, onDone, onCancel }: RetractFormProps) {
  const { recordOwnWrite } = useWorkspace();
  const [base, setBase] = useBase(commitment);
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const { touched, touch } = useTouched();
  const showErrors = submitted || touched.has('reason');
  const retract = useRetractUpdate(commitment.slug);
  const conflict = useConflict(commitment.slug);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => reasonRef.current?.focus(), []);

  const checked = validate(retractionSchema, { reason, baseVersion: base.version });
  // Someone else may have retracted it meanwhile: then there is nothing left to do here.
  const latest = conflict.conflict?.latest;
  const alreadyRetracted = Boolean(latest?.updates.find((u) => u.id === update.id)?.retraction);

  function send(on: CommitmentDetail) {
    if (retract.isPending) return;
    const result = validate(retractionSchema, { reason, baseVersion: on.version });
    setSubmitted(true);
    if (!result.ok) return reasonRef.current?.focus();
    retract.mutate(
      { updateId: update.id, input: result.data },
      {
        onSuccess: (now) => {
          recordOwnWrite(now.version);
          onDone();
        },
        onError: (error) => {
          if (isConflict(error)) void conflict.report(error);
        },
      },
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!conflict.conflict) return send(base);
    const target = conflict.rebaseTarget(base);
    if (!target || alreadyRetracted) return;
    setBase(target);
    conflict.clear();
    send(target);
  }

  const waitingForLatest = conflict.conflict !== null && latest === undefined;

  return (
    <form className="retract-form" noValidate onSubmit={submit} aria-label={t('retract.formLabel')}>
      {conflict.conflict && alreadyRetracted ? (
        <FormAlert title={t('retract.alreadyTitle')}>
          <p>{t('retract.already')}</p>
        </FormAlert>
      ) : null}
      {conflict.conflict && !alreadyRetracted ? (
        <ConflictNotice kind="retract" base={base} latest={latest} />
      ) : null}
      {retract.isError && !isConflict(retract.error) ? (
        <WriteProblem error={retract.error} action="retract" />
      ) : null}
      <Field
        label={t('retract.reason')}
        hint={t('retract.reasonHint', { min: LIMITS.reasonMin })}
        error={showErrors ? checked.errors.reason : undefined}
      >
        {(control) => (
          <textarea
            {...control}
            ref={reasonRef}
            className="input"
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            onBlur={() => reason && touch('reason')}
          />
        )}
      </Field>
      <div className="form-actions">
        {alreadyRetracted ? null : (
          <button
            type="submit"
            className="button button--danger button--small"
            aria-disabled={retract.isPending || waitingForLatest || undefined}
          >
            {conflict.conflict
              ? t('retract.confirmOnLatest')
              : correcting
                ? t('correct.confirm')
                : t('retract.confirm')}
          </button>
        )}
        <button type="button" className="button button--quiet button--small" onClick={onCancel}>
          {alreadyRetracted ? t('workspace.close') : t('retract.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * Under each standing history entry: "Retract", which opens a small form asking why, and "Retract and
 * correct", which then opens "Add update" pre-filled from the retracted update.
 */
export function RetractControl({
  update,
  commitment,
  onCorrect,
}: {
  update: StatusUpdate;
  commitment: CommitmentDetail;
  onCorrect(update: StatusUpdate): void;
}) {
  const [open, setOpen] = useState<false | 'retract' | 'correct'>(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);

  useEffect(() => {
    if (!open && returnFocus) buttonRef.current?.focus();
  }, [open, returnFocus]);

  if (update.retraction) return null;
  if (open) {
    return (
      <div className="update__actions">
        <RetractForm
          update={update}
          commitment={commitment}
          correcting={open === 'correct'}
          onDone={() => {
            setOpen(false);
            if (open === 'correct') return onCorrect(update);
            // The entry now reads as retracted, with the reason: that is where the analyst's eyes go.
            document.getElementById(updateElementId(update.id))?.focus();
          }}
          onCancel={() => {
            setOpen(false);
            setReturnFocus(true);
          }}
        />
      </div>
    );
  }
  return (
    <div className="update__actions">
      <button
        ref={buttonRef}
        type="button"
        className="button button--quiet button--small"
        aria-describedby={updateHeadId(update.id)}
        onClick={() => setOpen('retract')}
      >
        {t('retract.open')}
      </button>
      <button
        type="button"
        className="button button--quiet button--small"
        aria-describedby={updateHeadId(update.id)}
        onClick={() => setOpen('correct')}
      >
        {t('correct.open')}
      </button>
    </div>
  );
}
