import { z } from 'zod';
import { LIMITS, MAX_INT32 } from '../domain/limits.ts';
import { todayInSeoul } from '../domain/dates.ts';
import { periodStart } from '../domain/date-precision.ts';
import {
  categorySchema,
  datePrecisionSchema,
  isoDateSchema,
  partyCodeSchema,
  slugSchema,
  sourceKindSchema,
  standingSchema,
  statusSchema,
} from './common.ts';

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

/** Today in Korea counts as not in the future: Seoul is ahead of UTC, and events there are dated locally. */
export const notInFuture = (label: string) =>
  isoDateSchema.refine((value) => value <= todayInSeoul(), `${label} cannot be in the future`);

export const sourceInputSchema = z.strictObject({
  url: webUrlSchema,
  title: requiredText(LIMITS.sourceTitleMax, 'Source title'),
  publisher: optionalText(LIMITS.publisherMax),
  publishedOn: notInFuture('The publication date').optional(),
  kind: sourceKindSchema,
  /** Marks a source that contests the claim (on a disputed update). */
  contests: z.boolean().optional().default(false),
});
export type SourceInput = z.infer<typeof sourceInputSchema>;

export const baseVersionSchema = z.number().int().min(1).max(MAX_INT32);

export const actorsSchema = z
  .array(partyCodeSchema)
  .min(1, 'Name at least one party who acted or made the claim')
  .max(LIMITS.partiesMax, `At most ${LIMITS.partiesMax} parties`)
  .refine((codes) => new Set(codes).size === codes.length, 'Name each party once');

/**
 * What an update or a development says happened: when (as precisely as known), who acted, how settled it
 * is, and the evidence. effectiveOn is moved to the first day of its month or year when the date is less
 * precise than a day.
 */
const eventFields = {
  effectiveOn: notInFuture('The date'),
  datePrecision: datePrecisionSchema.optional().default('day'),
  actors: actorsSchema,
  standing: standingSchema.optional().default('confirmed'),
  disputeNote: optionalText(LIMITS.disputeNoteMax),
  disputeNoteKo: optionalText(LIMITS.disputeNoteMax),
  summary: requiredText(LIMITS.summaryMax, 'Summary'),
  summaryKo: optionalText(LIMITS.summaryMax),
  sources: z
    .array(sourceInputSchema)
    .min(1, 'Add at least one source')
    .max(LIMITS.sourcesMax, `At most ${LIMITS.sourcesMax} sources`),
};

interface EventShape {
  effectiveOn: string;
  datePrecision: 'day' | 'month' | 'year';
  standing: 'confirmed' | 'claimed' | 'disputed';
  disputeNote?: string | undefined;
}

/** A disputed event must say by whom and why; the date is kept as the first day of its period. */
function checkEvent<T extends EventShape>(value: T, context: z.core.$RefinementCtx<T>): void {
  if (value.standing === 'disputed' && !value.disputeNote) {
    context.addIssue({
      code: 'custom',
      path: ['disputeNote'],
      message: 'Say who disputes this and why',
    });
  }
}

const normaliseDate = <T extends EventShape>(value: T): T => ({
  ...value,
  effectiveOn: periodStart(value.effectiveOn, value.datePrecision),
});

/** POST /commitments/:slug/updates: the same schema checks the analyst's form as they type. */
export const newUpdateSchema = z
  .strictObject({
    status: statusSchema,
    ...eventFields,
    meetsDeadline: z.boolean().optional().default(false),
    baseVersion: baseVersionSchema,
  })
  .superRefine(checkEvent)
  .transform(normaliseDate);
export type NewUpdate = z.infer<typeof newUpdateSchema>;
export type NewUpdateInput = z.input<typeof newUpdateSchema>;

export const developmentEffectSchema = z.strictObject({
  commitmentSlug: slugSchema,
  status: statusSchema,
  meetsDeadline: z.boolean().optional().default(false),
  baseVersion: baseVersionSchema,
});
export type DevelopmentEffect = z.infer<typeof developmentEffectSchema>;

/** POST /developments: one event, written as one update per effect in one transaction. */
export const newDevelopmentSchema = z
  .strictObject({
    ...eventFields,
    effects: z
      .array(developmentEffectSchema)
      .min(1, 'Name at least one commitment the development affected')
      .max(LIMITS.effectsMax, `At most ${LIMITS.effectsMax} effects`),
  })
  .superRefine((value, context) => {
    checkEvent(value, context);
    const seen = new Set<string>();
    value.effects.forEach((effect, index) => {
      if (seen.has(effect.commitmentSlug)) {
        context.addIssue({
          code: 'custom',
          path: ['effects', index, 'commitmentSlug'],
          message: `"${effect.commitmentSlug}" is listed twice; one effect per commitment`,
        });
      }
      seen.add(effect.commitmentSlug);
    });
  })
  .transform(normaliseDate);
export type NewDevelopment = z.infer<typeof newDevelopmentSchema>;

/** POST /commitments/:slug/reviews: the commitment was checked through this day; its status stands. */
export const newReviewSchema = z.strictObject({
  reviewedOn: notInFuture('The review date'),
  note: optionalText(LIMITS.noteMax),
});
export type NewReview = z.infer<typeof newReviewSchema>;

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
  .array(partyCodeSchema)
  .min(1, 'Name at least one party')
  .max(LIMITS.partiesMax)
  .refine((codes) => new Set(codes).size === codes.length, 'Name each party once');

/** The editable fields of a commitment; slug and agreement stay fixed (permalinks). */
export const commitmentFieldsSchema = z.strictObject({
  articleRef: requiredText(LIMITS.articleRefMax, 'Article'),
  title: requiredText(LIMITS.titleMax, 'Title'),
  titleKo: requiredText(LIMITS.titleMax, 'Korean title').nullable(),
  text: requiredText(LIMITS.clauseTextMax, 'Clause text'),
  textKo: requiredText(LIMITS.clauseTextMax, 'Korean clause text').nullable(),
  category: categorySchema,
  parties: partiesSchema,
  deadline: isoDateSchema.nullable(),
  deadlineNote: requiredText(LIMITS.noteMax, 'Deadline note').nullable(),
  deadlineNoteKo: requiredText(LIMITS.noteMax, 'Korean deadline note').nullable(),
  /** An analyst's dated record that the deadline was met, where no single update shows it. */
  deadlineMetOn: notInFuture('The date the deadline was met').nullable(),
});
export type CommitmentFields = z.infer<typeof commitmentFieldsSchema>;

export const commitmentPatchSchema = commitmentFieldsSchema
  .partial()
  .extend({ baseVersion: baseVersionSchema })
  .refine((patch) => Object.keys(patch).length > 1, 'Change at least one field');
export type CommitmentPatch = z.infer<typeof commitmentPatchSchema>;
