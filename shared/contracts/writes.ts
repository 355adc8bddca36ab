import { z } from 'zod';
import { LIMITS, MAX_INT32 } from '../domain/limits.ts';
import { todayIso } from '../domain/dates.ts';
import { categorySchema, isoDateSchema, sourceKindSchema, statusSchema } from './common.ts';

/** Text a person typed: trimmed, never empty, bounded. */
export const requiredText = (max: number, label = 'This field') =>
  z.string().trim().min(1, `${label} is required`).max(max, `At most ${max} characters`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .optional()
    .transform((value) => (value ? value : undefined));

/** http(s) only: javascript:, data: and friends are refused. */
export const webUrlSchema = z
  .string()
  .trim()
  .max(LIMITS.urlMax, `At most ${LIMITS.urlMax} characters`)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, 'Enter a full http:// or https:// address');

export const notInFuture = (label: string) =>
  isoDateSchema.refine((value) => value <= todayIso(), `${label} cannot be in the future`);

export const sourceInputSchema = z.strictObject({
  url: webUrlSchema,
  title: requiredText(LIMITS.sourceTitleMax, 'Source title'),
  publisher: optionalText(LIMITS.publisherMax),
  publishedOn: notInFuture('The publication date').optional(),
  kind: sourceKindSchema.optional(),
});
export type SourceInput = z.infer<typeof sourceInputSchema>;

export const baseVersionSchema = z.number().int().min(1).max(MAX_INT32);

/** POST /commitments/:slug/updates: the same schema checks the analyst's form as they type. */
export const newUpdateSchema = z.strictObject({
  status: statusSchema,
  effectiveOn: notInFuture('The date'),
  summary: requiredText(LIMITS.summaryMax, 'Summary'),
  summaryKo: optionalText(LIMITS.summaryMax),
  sources: z
    .array(sourceInputSchema)
    .min(1, 'Add at least one source')
    .max(LIMITS.sourcesMax, `At most ${LIMITS.sourcesMax} sources`),
  baseVersion: baseVersionSchema,
});
export type NewUpdate = z.infer<typeof newUpdateSchema>;

export const retractionSchema = z.strictObject({
  reason: z
    .string()
    .trim()
    .min(LIMITS.reasonMin, `Say why, in at least ${LIMITS.reasonMin} characters`)
    .max(LIMITS.reasonMax, `At most ${LIMITS.reasonMax} characters`),
  baseVersion: baseVersionSchema,
});
export type Retraction = z.infer<typeof retractionSchema>;

export const partiesSchema = z
  .array(requiredText(LIMITS.partyMax, 'Party'))
  .min(1, 'Name at least one party')
  .max(LIMITS.partiesMax);

/** The editable fields of a commitment; slug and agreement stay fixed (permalinks). */
export const commitmentFieldsSchema = z.strictObject({
  articleRef: requiredText(LIMITS.articleRefMax, 'Article'),
  title: requiredText(LIMITS.titleMax, 'Title'),
  titleKo: requiredText(LIMITS.titleMax, 'Korean title').nullable(),
  text: requiredText(LIMITS.clauseTextMax, 'Clause text'),
  category: categorySchema,
  parties: partiesSchema,
  deadline: isoDateSchema.nullable(),
  deadlineNote: requiredText(LIMITS.noteMax, 'Deadline note').nullable(),
});
export type CommitmentFields = z.infer<typeof commitmentFieldsSchema>;

export const commitmentPatchSchema = commitmentFieldsSchema
  .partial()
  .extend({ baseVersion: baseVersionSchema })
  .refine((patch) => Object.keys(patch).length > 1, 'Change at least one field');
export type CommitmentPatch = z.infer<typeof commitmentPatchSchema>;
