import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SessionUser } from '../../../../../../shared/contracts/auth.ts';
import type { CommitmentDetail, StatusUpdate } from '../../../../../../shared/contracts/public.ts';
import { newUpdateSchema, type NewUpdate } from '../../../../../../shared/contracts/writes.ts';
import { isApiError, isConflict } from '../../../../lib/api-client.ts';
import { validate } from '../../../../lib/form-errors.ts';
import { t } from '../../../../lib/i18n-tools.ts';
import { usePublishUpdate } from '../../api/publish-update.ts';
import { ConflictNotice } from './conflict-notice.tsx';
import { DuplicatePrompt } from './duplicate-prompt.tsx';
import { DateFields } from './event/date-fields.tsx';
import { collectErrorLinks, ErrorLinks, type ErrorLink } from './event/error-links.tsx';
import { EventFields } from './event/event-fields.tsx';
import { SourcesSection } from './event/sources-section.tsx';
import { WorkspaceFormActions } from './form-actions.tsx';
import { findNearDuplicates, type NearDuplicate } from './near-duplicate.ts';
import { StatusField } from './status-field.tsx';
import { emptyDraft, isDirty, toUpdateInput, type UpdateDraft } from './update-draft.ts';
import { useConflict } from './use-conflict.ts';
import { useEventDraft } from './use-event-draft.ts';
import { useBase, useWorkspace } from './workspace.tsx';
import { WriteProblem } from './write-problem.tsx';

interface UpdateFormProps {
  commitment: CommitmentDetail;
  analyst: SessionUser;
  hidden: boolean;
  /** "Retract and correct": the retracted update whose content the form starts from. */
  correcting?: StatusUpdate;
  initial?: UpdateDraft;
  onClose(): void;
  onPublished(updateId: number): void;
  onDirtyChange(dirty: boolean): void;
}

/**
 * "Add update": a dated, attributed status with a summary and its sources, checked with the shared schema
 * as the analyst types. A near-duplicate of a standing update asks before it is published. On a conflict
 * nothing typed is lost: the form shows what changed and publishes again on the latest version when asked.
 */
export function UpdateForm(props: UpdateFormProps) {
  const { commitment, analyst, hidden, onClose, onPublished, onDirtyChange } = props;
  const { recordOwnWrite } = useWorkspace();
  const [base, setBase] = useBase(commitment);
  const hasDeadline = commitment.deadline !== null;
  const form = useEventDraft<UpdateDraft>({
    initial: () => props.initial ?? emptyDraft(),
    schema: newUpdateSchema,
    toInput: (draft) => toUpdateInput(draft, base.version, hasDeadline),
    isDirty,
    onDirtyChange,
  });
  const { draft, checked } = form;
  const [failedAttempt, setFailedAttempt] = useState(0);
  const [errorLinks, setErrorLinks] = useState<ErrorLink[]>([]);
  const [pending, setPending] = useState<{ input: NewUpdate; duplicates: NearDuplicate[] } | null>(null);
  const publish = usePublishUpdate(commitment.slug);
  const conflict = useConflict(commitment.slug);
  const formRef = useRef<HTMLFormElement>(null);
  const statusRef = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    if (!hidden) statusRef.current?.focus();
  }, [hidden]);

  function publishChecked(input: NewUpdate) {
    setPending(null);
    publish.mutate(input, {
      onSuccess: ({ update, commitment: now }) => {
        recordOwnWrite(now.version);
        onDirtyChange(false);
        onPublished(update.id);
      },
      onError: (error) => {
        if (isConflict(error)) void conflict.report(error);
        else if (isApiError(error) && error.details.length > 0) form.showServerErrors(error.details);
      },
    });
  }

  function send(on: CommitmentDetail) {
    if (publish.isPending) return;
    const result = validate(newUpdateSchema, toUpdateInput(draft, on.version, hasDeadline));
    form.markSubmitted();
    if (!result.ok || !checked.ok) {
      setFailedAttempt((n) => n + 1);
      setErrorLinks(collectErrorLinks(formRef.current, checked.errors));
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setFailedAttempt(0);
    const duplicates = findNearDuplicates(result.data, on.updates);
    if (duplicates.length > 0) return setPending({ input: result.data, duplicates });
    publishChecked(result.data);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!conflict.conflict) return send(base);
    const target = conflict.rebaseTarget(base);
    if (!target) return; // the latest version is still loading
    setBase(target);
    conflict.clear();
    send(target);
  }

  const waitingForLatest = conflict.conflict !== null && conflict.conflict.latest === undefined;

  return (
    <section
      className="workspace-panel"
      id="add-update-panel"
      aria-labelledby="add-update-heading"
      hidden={hidden}
    >
      <h2 id="add-update-heading" className="workspace-panel__title">
        {props.correcting ? t('correct.heading') : t('updateForm.heading')}
      </h2>
      <p className="workspace-panel__lead">
        {props.correcting ? t('correct.lead') + ' ' : ''}
        {t('updateForm.lead', { name: analyst.displayName })}
      </p>
      <form ref={formRef} className="workspace-form" noValidate onSubmit={submit}>
        {conflict.conflict ? (
          <ConflictNotice kind="update" base={base} latest={conflict.conflict.latest} />
        ) : null}
        <ErrorLinks attempt={failedAttempt} links={errorLinks} />
        {publish.isError && !isConflict(publish.error) ? (
          <WriteProblem error={publish.error} action="publish" />
        ) : null}

        <StatusField commitment={commitment} form={form} selectRef={statusRef} />
        <DateFields form={form} />
        <EventFields form={form} registry={commitment.partyRegistry} />
        {hasDeadline ? (
          <label className="choice">
            <input
              type="checkbox"
              checked={draft.meetsDeadline}
              onChange={(event) => form.set('meetsDeadline', event.currentTarget.checked)}
            />{' '}
            {t('evidence.meetsDeadline')}
          </label>
        ) : null}
        <SourcesSection form={form} />

        {pending ? (
          <DuplicatePrompt
            duplicates={pending.duplicates}
            onPublish={() => publishChecked(pending.input)}
            onCancel={() => {
              setPending(null);
              statusRef.current?.focus();
            }}
          />
        ) : (
          <WorkspaceFormActions
            submitLabel={conflict.conflict ? t('updateForm.publishOnLatest') : t('updateForm.publish')}
            pendingLabel={t('updateForm.publishing')}
            pending={publish.isPending}
            blocked={publish.isPending || waitingForLatest}
            onClose={onClose}
          />
        )}
      </form>
    </section>
  );
}
