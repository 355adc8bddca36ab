import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SessionUser } from '../../../../../../shared/contracts/auth.ts';
import type { CommitmentDetail } from '../../../../../../shared/contracts/public.ts';
import { newUpdateSchema } from '../../../../../../shared/contracts/writes.ts';
import { todayIso } from '../../../../../../shared/domain/dates.ts';
import { LIMITS } from '../../../../../../shared/domain/limits.ts';
import { STATUS_KEYS } from '../../../../../../shared/domain/status.ts';
import { ErrorSummary, Field } from '../../../../components/ui/field.tsx';
import { isApiError, isConflict } from '../../../../lib/api-client.ts';
import { formatDate } from '../../../../lib/format.ts';
import { validate } from '../../../../lib/form-errors.ts';
import { statusLabel, t } from '../../../../lib/i18n-tools.ts';
import { usePublishUpdate } from '../../api/publish-update.ts';
import { ConflictNotice } from './conflict-notice.tsx';
import { SourceFieldset } from './source-fieldset.tsx';
import { sourceTouchKey, toUpdateInput } from './update-draft.ts';
import { useConflict } from './use-conflict.ts';
import { useUpdateDraft } from './use-update-draft.ts';
import { useBase, useWorkspace } from './workspace.tsx';
import { WorkspaceFormActions } from './form-actions.tsx';
import { WriteProblem } from './write-problem.tsx';

interface UpdateFormProps {
  commitment: CommitmentDetail;
  analyst: SessionUser;
  hidden: boolean;
  onClose(): void;
  onPublished(updateId: number): void;
  onDirtyChange(dirty: boolean): void;
}

/**
 * "Add update": a dated status with a summary and its sources, checked with the shared schema as the
 * analyst types. On a conflict nothing typed is lost: the form shows what changed and publishes again
 * on the latest version when asked.
 */
export function UpdateForm({
  commitment,
  analyst,
  hidden,
  onClose,
  onPublished,
  onDirtyChange,
}: UpdateFormProps) {
  const { recordOwnWrite } = useWorkspace();
  const [base, setBase] = useBase(commitment);
  const form = useUpdateDraft(base.version, onDirtyChange);
  const { draft, checked } = form;
  const [failedAttempt, setFailedAttempt] = useState(0);
  const publish = usePublishUpdate(commitment.slug);
  const conflict = useConflict(commitment.slug);
  const formRef = useRef<HTMLFormElement>(null);
  const statusRef = useRef<HTMLSelectElement>(null);
  const newSourceRef = useRef<HTMLInputElement>(null);
  const [focusNewSource, setFocusNewSource] = useState(false);

  useEffect(() => {
    if (!hidden) statusRef.current?.focus();
  }, [hidden]);

  useEffect(() => {
    if (focusNewSource) newSourceRef.current?.focus();
  }, [focusNewSource, draft.sources.length]);

  function addSource() {
    form.addSource();
    setFocusNewSource(true);
  }

  function removeSource(index: number) {
    form.removeSource(index);
    setFocusNewSource(false);
    // Focus stays in the sources: on the group before the removed one (or the first).
    requestAnimationFrame(() => {
      const groups = formRef.current?.querySelectorAll<HTMLFieldSetElement>('.source-fieldset');
      groups?.[Math.max(0, index - 1)]?.querySelector('input')?.focus();
    });
  }

  function send(on: CommitmentDetail) {
    if (publish.isPending) return;
    const result = validate(newUpdateSchema, toUpdateInput(draft, on.version));
    form.markSubmitted();
    if (!result.ok) {
      setFailedAttempt((n) => n + 1);
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setFailedAttempt(0);
    publish.mutate(result.data, {
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

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!conflict.conflict) return send(base);
    const target = conflict.rebaseTarget(base);
    if (!target) return; // the latest version is still loading
    setBase(target);
    conflict.clear();
    send(target);
  }

  const invalidCount = Object.keys(checked.errors).length;
  const waitingForLatest = conflict.conflict !== null && conflict.conflict.latest === undefined;
  const current = commitment.updates.find((update) => !update.retraction);

  return (
    <section
      className="workspace-panel"
      id="add-update-panel"
      aria-labelledby="add-update-heading"
      hidden={hidden}
    >
      <h2 id="add-update-heading" className="workspace-panel__title">
        {t('updateForm.heading')}
      </h2>
      <p className="workspace-panel__lead">{t('updateForm.lead', { name: analyst.displayName })}</p>
      <form ref={formRef} className="workspace-form" noValidate onSubmit={submit}>
        {conflict.conflict ? (
          <ConflictNotice kind="update" base={base} latest={conflict.conflict.latest} />
        ) : null}
        <ErrorSummary attempt={failedAttempt} count={invalidCount} />
        {publish.isError && !isConflict(publish.error) ? (
          <WriteProblem error={publish.error} action="publish" />
        ) : null}

        <div className="form-row">
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
                ref={statusRef}
                className="input"
                value={draft.status}
                onChange={form.setField('status')}
                onBlur={() => form.touch('status')}
              >
                <option value="">{t('updateForm.statusChoose')}</option>
                {STATUS_KEYS.map((status) => (
                  <option key={status} value={status}>
                    {statusLabel(status)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('updateForm.date')}
            hint={t('updateForm.dateHint')}
            error={form.errorFor('effectiveOn')}
          >
            {(control) => (
              <input
                {...control}
                className="input input--short"
                type="date"
                max={todayIso()}
                value={draft.effectiveOn}
                onChange={form.setField('effectiveOn')}
                onBlur={() => form.touch('effectiveOn')}
              />
            )}
          </Field>
        </div>

        <Field
          label={t('updateForm.summary')}
          hint={t('updateForm.summaryHint')}
          error={form.errorFor('summary')}
        >
          {(control) => (
            <textarea
              {...control}
              className="input"
              rows={4}
              value={draft.summary}
              onChange={form.setField('summary')}
              onBlur={() => form.touch('summary')}
            />
          )}
        </Field>
        <Field
          label={t('updateForm.summaryKo')}
          hint={t('updateForm.summaryKoHint')}
          optional
          error={form.errorFor('summaryKo')}
        >
          {(control) => (
            <textarea
              {...control}
              className="input"
              rows={3}
              lang="ko"
              value={draft.summaryKo}
              onChange={form.setField('summaryKo')}
              onBlur={() => form.touch('summaryKo')}
            />
          )}
        </Field>

        <div className="workspace-form__sources">
          <h3 className="workspace-form__subheading">{t('updateForm.sources')}</h3>
          <p className="field__hint">{t('updateForm.sourcesHint')}</p>
          {draft.sources.map((source, index) => (
            <SourceFieldset
              key={source.key}
              index={index}
              source={source}
              removable={draft.sources.length > 1}
              errorFor={(field) => form.sourceErrorFor(index, field)}
              onChange={(field, value) => form.setSourceField(index, field, value)}
              onBlur={(field) => form.touch(sourceTouchKey(source, field))}
              onRemove={() => removeSource(index)}
              urlRef={index === draft.sources.length - 1 ? newSourceRef : undefined}
            />
          ))}
          {draft.sources.length < LIMITS.sourcesMax ? (
            <p>
              <button type="button" className="button button--quiet button--small" onClick={addSource}>
                <span aria-hidden="true">+ </span>
                {t('updateForm.addSource')}
              </button>
            </p>
          ) : null}
        </div>

        <WorkspaceFormActions
          submitLabel={conflict.conflict ? t('updateForm.publishOnLatest') : t('updateForm.publish')}
          pendingLabel={t('updateForm.publishing')}
          pending={publish.isPending}
          blocked={publish.isPending || waitingForLatest}
          onClose={onClose}
        />
      </form>
    </section>
  );
}
