import { useRef, useState, type FormEvent } from 'react';
import type { CommitmentSummary, Party } from '../../../../../../../shared/contracts/public.ts';
import { newDevelopmentSchema } from '../../../../../../../shared/contracts/writes.ts';
import { FormAlert } from '../../../../../components/ui/field.tsx';
import { isApiError, isConflict } from '../../../../../lib/api-client.ts';
import { validate } from '../../../../../lib/form-errors.ts';
import { t } from '../../../../../lib/i18n-tools.ts';
import { useRecordDevelopment } from '../../../api/record-development.ts';
import { DateFields } from '../event/date-fields.tsx';
import { collectErrorLinks, ErrorLinks, type ErrorLink } from '../event/error-links.tsx';
import { EventFields } from '../event/event-fields.tsx';
import { SourcesSection } from '../event/sources-section.tsx';
import { useEventDraft } from '../use-event-draft.ts';
import { WriteProblem } from '../write-problem.tsx';
import {
  emptyDevelopment,
  isDevelopmentDirty,
  rebaseEffects,
  staleEffects,
  toDevelopmentInput,
  type DevelopmentDraft,
} from './development-draft.ts';
import { EffectsSection } from './effects-section.tsx';
import type { Recorded } from './recorded-notice.tsx';

interface DevelopmentFormProps {
  first: CommitmentSummary | undefined;
  commitments: readonly CommitmentSummary[];
  refetchCommitments(): Promise<readonly CommitmentSummary[]>;
  parties: readonly Party[];
  onDirtyChange(dirty: boolean): void;
  onRecorded(recorded: Recorded): void;
}

type Stale = { changed: CommitmentSummary[]; latest: readonly CommitmentSummary[] } | 'reloaded' | null;

/**
 * The event's fields, then its effects. A stale commitment (409) writes nothing: the form names the
 * commitments that changed, and the analyst reloads them (their new statuses show) before publishing again.
 */
export function DevelopmentForm(props: DevelopmentFormProps) {
  const { commitments, parties, onDirtyChange } = props;
  const form = useEventDraft<DevelopmentDraft>({
    initial: () => emptyDevelopment(props.first),
    schema: newDevelopmentSchema,
    toInput: (draft) => toDevelopmentInput(draft, commitments),
    isDirty: isDevelopmentDirty,
    onDirtyChange,
  });
  const record = useRecordDevelopment();
  const [failedAttempt, setFailedAttempt] = useState(0);
  const [errorLinks, setErrorLinks] = useState<ErrorLink[]>([]);
  const [stale, setStale] = useState<Stale>(null);
  const formRef = useRef<HTMLFormElement>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const result = validate(newDevelopmentSchema, toDevelopmentInput(form.draft, commitments));
    form.markSubmitted();
    if (!result.ok || !form.checked.ok) {
      setFailedAttempt((n) => n + 1);
      setErrorLinks(collectErrorLinks(formRef.current, form.checked.errors));
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setFailedAttempt(0);
    setStale(null);
    record.mutate(result.data, {
      onSuccess: (development) => {
        onDirtyChange(false);
        props.onRecorded(development);
      },
      onError: async (error) => {
        if (isConflict(error)) {
          const latest = await props.refetchCommitments();
          setStale({ changed: staleEffects(form.draft, latest), latest });
        } else if (isApiError(error) && error.details.length > 0) form.showServerErrors(error.details);
      },
    });
  }

  function reload() {
    if (!stale || stale === 'reloaded') return;
    form.set('effects', rebaseEffects(form.draft, stale.latest).effects);
    setStale('reloaded');
  }

  return (
    <form ref={formRef} className="workspace-form workspace-panel" noValidate onSubmit={submit}>
      {stale && stale !== 'reloaded' ? (
        <FormAlert title={stale.changed.length === 0 ? t('development.staleUnknown') : undefined}>
          {stale.changed.map((c) => (
            <p key={c.slug} className="form-alert__title">
              {t('development.stale', { title: c.title })}
            </p>
          ))}
          <p>
            <button type="button" className="button button--small" onClick={reload}>
              {t('development.reload')}
            </button>
          </p>
        </FormAlert>
      ) : null}
      {stale === 'reloaded' ? <FormAlert tone="warning" title={t('development.reloaded')} /> : null}
      <ErrorLinks attempt={failedAttempt} links={errorLinks} />
      {record.isError && !isConflict(record.error) ? (
        <WriteProblem error={record.error} action="publish" />
      ) : null}

      <DateFields form={form} />
      <EventFields form={form} registry={parties} />
      <SourcesSection form={form} headingLevel={2} />
      <EffectsSection form={form} commitments={commitments} />

      <div className="form-actions workspace-form__actions">
        <button type="submit" className="button" aria-disabled={record.isPending || undefined}>
          {t('development.publish')}
        </button>
        {record.isPending ? (
          <span className="muted" role="status">
            {t('development.publishing')}
          </span>
        ) : null}
      </div>
    </form>
  );
}
