import { useState } from 'react';
import { flushSync } from 'react-dom';
import type { z } from 'zod';
import { isApiError } from './api-client.ts';
import { serverFieldErrors, validate, type FieldErrors } from './form-errors.ts';
import { useTouched } from './use-touched.ts';

interface DraftFormOptions<Draft extends Record<keyof Draft, string>, Schema extends z.ZodType> {
  initial: Draft | (() => Draft);
  /** The shared schema the server applies to the same request. */
  schema: Schema;
  /** From what was typed (strings) to the schema's input (nulls, lists). */
  toInput(draft: Draft): unknown;
}

/**
 * A form over a draft of strings, checked with a shared schema on every change. A field shows its error
 * once it has been left (touched) or after a submit; the server's own field errors show until edited.
 */
export function useDraftForm<Draft extends Record<keyof Draft, string>, Schema extends z.ZodType>({
  initial,
  schema,
  toInput,
}: DraftFormOptions<Draft, Schema>) {
  const [draft, setDraft] = useState<Draft>(initial);
  const { touched, touch, reset: resetTouched } = useTouched();
  const [submitted, setSubmitted] = useState(false);
  const [failedAttempt, setFailedAttempt] = useState(0);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const checked = validate(schema, toInput(draft));

  function set(field: keyof Draft & string, value: string) {
    setDraft((previous) => ({ ...previous, [field]: value }));
    setServerErrors({});
  }

  return {
    draft,
    set,
    failedAttempt,
    invalidCount: Object.keys(checked.errors).length,
    bind: (field: keyof Draft & string) => ({
      value: draft[field],
      onChange: (event: { currentTarget: { value: string } }) => set(field, event.currentTarget.value),
      onBlur: () => touch(field),
    }),
    errorFor: (field: string): string | undefined =>
      serverErrors[field] ?? (submitted || touched.has(field) ? checked.errors[field] : undefined),
    /** On submit: every error shows and the first invalid field takes focus; the checked data when valid. */
    check(form: HTMLFormElement): z.output<Schema> | null {
      flushSync(() => setSubmitted(true));
      if (checked.ok) {
        setFailedAttempt(0);
        return checked.data;
      }
      setFailedAttempt((n) => n + 1);
      form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return null;
    },
    /** Puts a 400's field details beside the fields they are about. */
    showServerErrors(error: unknown) {
      if (isApiError(error) && error.details.length > 0) setServerErrors(serverFieldErrors(error.details));
    },
    reset(next: Draft) {
      setDraft(next);
      resetTouched();
      setSubmitted(false);
      setFailedAttempt(0);
      setServerErrors({});
    },
  };
}
