import { useState } from 'react';
import { flushSync } from 'react-dom';
import type { z } from 'zod';
import type { FieldProblem } from '../../../../lib/api-client.ts';
import { serverFieldErrors, validate, type FieldErrors } from '../../../../lib/form-errors.ts';
import { t } from '../../../../lib/i18n-tools.ts';
import { useTouched } from '../../../../lib/use-touched.ts';
import {
  emptySource,
  sourcePath,
  sourceTouchKey,
  type EventDraft,
  type EventTextField,
  type SourceDraft,
  type SourceField,
} from './update-draft.ts';

// An empty required field is asked for in plain words, not with the format it failed to match.
const whenEmpty = (value: string, message: string, error: string | undefined) =>
  error && value.trim() === '' ? message : error;

const DATE_FIELDS: ReadonlySet<string> = new Set(['day', 'month', 'year']);

/**
 * The schema checks the whole body at once; its refinements (a disputed event needs a note) only run once
 * the rest is valid. The form says it at once, in the same words.
 */
function withEventRules(errors: FieldErrors, draft: EventDraft): FieldErrors {
  const all = { ...errors };
  if (draft.standing === 'disputed' && !draft.disputeNote.trim())
    all.disputeNote ??= t('evidence.disputeNoteRequired');
  return all;
}

interface EventDraftOptions<D extends EventDraft> {
  initial: () => D;
  schema: z.ZodType;
  toInput(draft: D): unknown;
  isDirty(draft: D): boolean;
  onDirtyChange(dirty: boolean): void;
}

/**
 * A form about an event (an update, a development), checked with its shared schema on every change. A
 * field's error shows once the field has been left or a send was tried; the server's own field errors show
 * until the analyst edits again.
 */
export function useEventDraft<D extends EventDraft>(options: EventDraftOptions<D>) {
  const { schema, toInput, isDirty, onDirtyChange } = options;
  const [draft, setDraft] = useState<D>(options.initial);
  const [nextSourceKey, setNextSourceKey] = useState(() => draft.sources.length + 1);
  const { touched, touch } = useTouched();
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const parsed = validate(schema, toInput(draft));
  const errors = withEventRules(parsed.errors, draft);
  const checked = { ok: parsed.ok && Object.keys(errors).length === 0, errors };

  function change(next: D) {
    setDraft(next);
    setServerErrors({});
    onDirtyChange(isDirty(next));
  }

  const shows = (touchKey: string) => submitted || touched.has(touchKey);

  /** The error of a schema path, shown once its field was left (or a send tried). */
  function errorAt(path: string, touchKey = path): string | undefined {
    return serverErrors[path] ?? (shows(touchKey) ? errors[path] : undefined);
  }

  return {
    draft,
    checked,
    touch,
    errorAt,
    /** A text field; the date controls all show the schema's effectiveOn error. */
    errorFor(field: EventTextField | 'status'): string | undefined {
      if (DATE_FIELDS.has(field)) {
        const value = draft[field as 'day'];
        return whenEmpty(value, t('updateForm.dateRequired'), errorAt('effectiveOn', field));
      }
      if (field === 'status') {
        const status = (draft as unknown as { status: string }).status;
        return whenEmpty(status, t('updateForm.statusRequired'), errorAt('status'));
      }
      return errorAt(field);
    },
    sourceErrorFor(index: number, field: SourceField): string | undefined {
      const source = draft.sources[index]!;
      const error = errorAt(sourcePath(index, field), sourceTouchKey(source, field));
      if (field === 'kind' && error) return t('evidence.source.kindRequired');
      return field === 'url' ? whenEmpty(source.url, t('updateForm.source.urlRequired'), error) : error;
    },
    set<K extends keyof D>(field: K, value: D[K]) {
      change({ ...draft, [field]: value });
    },
    setField: (field: EventTextField) => (event: { currentTarget: { value: string } }) =>
      change({ ...draft, [field]: event.currentTarget.value }),
    setSourceField<K extends keyof SourceDraft>(index: number, field: K, value: SourceDraft[K]) {
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
    /** A send was tried: every error shows, at once (so the first invalid field can take focus). */
    markSubmitted: () => flushSync(() => setSubmitted(true)),
    showServerErrors: (details: FieldProblem[]) => setServerErrors(serverFieldErrors(details)),
  };
}

export type EventDraftForm<D extends EventDraft> = ReturnType<typeof useEventDraft<D>>;
