import { useState } from 'react';
import { flushSync } from 'react-dom';
import { newUpdateSchema } from '../../../../../../shared/contracts/writes.ts';
import type { FieldProblem } from '../../../../lib/api-client.ts';
import { serverFieldErrors, validate, type FieldErrors } from '../../../../lib/form-errors.ts';
import { t } from '../../../../lib/i18n-tools.ts';
import { useTouched } from '../../../../lib/use-touched.ts';
import {
  emptyDraft,
  emptySource,
  isDirty,
  sourcePath,
  sourceTouchKey,
  toUpdateInput,
  type SourceField,
  type UpdateDraft,
  type UpdateField,
} from './update-draft.ts';

// An empty required field is asked for in plain words, not with the format it failed to match.
const whenEmpty = (value: string, message: string, error: string | undefined) =>
  error && value.trim() === '' ? message : error;

/**
 * What the analyst typed into "Add update", checked with `newUpdateSchema` on every change. A field's
 * error shows once the field has been left or a publish was tried; the server's own field errors show
 * until the analyst edits again.
 */
export function useUpdateDraft(baseVersion: number, onDirtyChange: (dirty: boolean) => void) {
  const [draft, setDraft] = useState<UpdateDraft>(emptyDraft);
  const [nextSourceKey, setNextSourceKey] = useState(1);
  const { touched, touch } = useTouched();
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const checked = validate(newUpdateSchema, toUpdateInput(draft, baseVersion));

  function change(next: UpdateDraft) {
    setDraft(next);
    setServerErrors({});
    onDirtyChange(isDirty(next));
  }

  const shows = (touchKey: string) => submitted || touched.has(touchKey);

  return {
    draft,
    checked,
    touch,
    errorFor(field: UpdateField): string | undefined {
      const error = serverErrors[field] ?? (shows(field) ? checked.errors[field] : undefined);
      if (field === 'status') return whenEmpty(draft.status, t('updateForm.statusRequired'), error);
      if (field === 'effectiveOn') return whenEmpty(draft.effectiveOn, t('updateForm.dateRequired'), error);
      return error;
    },
    sourceErrorFor(index: number, field: SourceField): string | undefined {
      const path = sourcePath(index, field);
      const source = draft.sources[index]!;
      const error =
        serverErrors[path] ?? (shows(sourceTouchKey(source, field)) ? checked.errors[path] : undefined);
      return field === 'url' ? whenEmpty(source.url, t('updateForm.source.urlRequired'), error) : error;
    },
    setField: (field: UpdateField) => (event: { currentTarget: { value: string } }) =>
      change({ ...draft, [field]: event.currentTarget.value }),
    setSourceField(index: number, field: SourceField, value: string) {
      change({
        ...draft,
        sources: draft.sources.map((source, i) => (i === index ? { ...source, [field]: value } : source)),
      });
    },
    addSource() {
      change({ ...draft, sources: [...draft.sources, emptySource(nextSourceKey)] });
      setNextSourceKey(nextSourceKey + 1);
    },
    removeSource(index: number) {
      change({ ...draft, sources: draft.sources.filter((_, i) => i !== index) });
    },
    /** A publish was tried: every error shows, at once (so the first invalid field can take focus). */
    markSubmitted: () => flushSync(() => setSubmitted(true)),
    showServerErrors: (details: FieldProblem[]) => setServerErrors(serverFieldErrors(details)),
  };
}
