import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CommitmentDetail } from '../../../../../../shared/contracts/public.ts';
import { newReviewSchema } from '../../../../../../shared/contracts/writes.ts';
import { todayInSeoul } from '../../../../../../shared/domain/dates.ts';
import { Field } from '../../../../components/ui/field.tsx';
import { validate } from '../../../../lib/form-errors.ts';
import { t } from '../../../../lib/i18n-tools.ts';
import { useRecordReview } from '../../api/record-review.ts';
import { WorkspaceFormActions } from './form-actions.tsx';
import { WriteProblem } from './write-problem.tsx';

interface ReviewFormProps {
  commitment: CommitmentDetail;
  hidden: boolean;
  onClose(): void;
  onRecorded(): void;
}

/**
 * "Record a review": the analyst checked the commitment through a day and found nothing new. The status
 * stands; the commitment's reviewedThrough moves on.
 */
export function ReviewForm({ commitment, hidden, onClose, onRecorded }: ReviewFormProps) {
  const [reviewedOn, setReviewedOn] = useState(todayInSeoul);
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const record = useRecordReview(commitment.slug);
  const dateRef = useRef<HTMLInputElement>(null);
  const checked = validate(newReviewSchema, { reviewedOn, note: note.trim() ? note : undefined });

  useEffect(() => {
    if (!hidden) dateRef.current?.focus();
  }, [hidden]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    if (!checked.ok) return dateRef.current?.focus();
    if (record.isPending) return;
    record.mutate(checked.data, { onSuccess: onRecorded });
  }

  return (
    <section className="workspace-panel" id="review-panel" aria-labelledby="review-heading" hidden={hidden}>
      <h2 id="review-heading" className="workspace-panel__title">
        {t('review.heading')}
      </h2>
      <p className="workspace-panel__lead">{t('review.lead')}</p>
      <form className="workspace-form" noValidate onSubmit={submit}>
        {record.isError ? <WriteProblem error={record.error} action="save" /> : null}
        <Field label={t('review.date')} error={submitted ? checked.errors.reviewedOn : undefined}>
          {(control) => (
            <input
              {...control}
              ref={dateRef}
              className="input input--short"
              type="date"
              max={todayInSeoul()}
              value={reviewedOn}
              onChange={(event) => setReviewedOn(event.currentTarget.value)}
            />
          )}
        </Field>
        <Field
          label={t('review.note')}
          hint={t('review.noteHint')}
          optional
          error={submitted ? checked.errors.note : undefined}
        >
          {(control) => (
            <textarea
              {...control}
              className="input"
              rows={2}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
            />
          )}
        </Field>
        <WorkspaceFormActions
          submitLabel={t('review.submit')}
          pendingLabel={t('review.saving')}
          pending={record.isPending}
          blocked={record.isPending}
          onClose={onClose}
        />
      </form>
    </section>
  );
}
