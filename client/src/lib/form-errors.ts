import type { z } from 'zod';
import type { FieldProblem } from './api-client.ts';
import { t } from './i18n-tools.ts';

/** One message per field, keyed by its path in the input: 'summary', 'sources.1.url'. */
export type FieldErrors = Record<string, string>;

export type Validation<T> = { ok: true; data: T; errors: FieldErrors } | { ok: false; errors: FieldErrors };

/** zod's own wording for a missing choice is technical; the shared schemas' messages are kept as they are. */
const friendlier: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_value') return t('form.error.choose');
  if (issue.code === 'invalid_type' && issue.input === undefined) return t('form.error.required');
  return undefined;
};

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A field left empty is asked for as such, not told the format it failed ("Expected YYYY-MM-DD"). */
function messageFor(issue: z.core.$ZodIssue, input: unknown): string {
  const empty = valueAt(input, issue.path) === '';
  if (empty && !/required/i.test(issue.message)) return t('form.error.required');
  return issue.message;
}

/** Checks form input with a shared schema, the same one the server applies to the request. */
export function validate<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): Validation<z.output<Schema>> {
  const result = schema.safeParse(input, { error: friendlier });
  if (result.success) return { ok: true, data: result.data, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= messageFor(issue, input);
  }
  return { ok: false, errors };
}

/** The server's 400 details in the same shape as the form's own errors. */
export function serverFieldErrors(details: FieldProblem[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const { path, message } of details) errors[path] ??= message;
  return errors;
}
