import { z } from 'zod';
import type { STATUS_KEYS } from '../domain/status.ts';
import { isIsoDate } from '../domain/dates.ts';
import { MAX_INT32 } from '../domain/limits.ts';
import { categorySchema, isoDateSchema, slugSchema, sourceKindSchema, statusSchema } from './common.ts';

export const agreementSchema = z.object({
  slug: z.string(),
  title: z.string(),
  titleKo: z.string().nullable(),
  signedOn: isoDateSchema,
  place: z.string(),
  parties: z.array(z.string()),
  summary: z.string(),
  sourceUrl: z.string().nullable(),
});
export type Agreement = z.infer<typeof agreementSchema>;

export const sourceSchema = z.object({
  url: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  publishedOn: isoDateSchema.nullable(),
  kind: sourceKindSchema.nullable(),
});
export type Source = z.infer<typeof sourceSchema>;

export const statusUpdateSchema = z.object({
  id: z.number().int(),
  commitmentSlug: z.string(),
  status: statusSchema,
  effectiveOn: isoDateSchema,
  summary: z.string(),
  summaryKo: z.string().nullable(),
  sources: z.array(sourceSchema),
  author: z.string(),
  createdAt: z.string(),
  retraction: z.object({ reason: z.string(), by: z.string(), at: z.string() }).nullable(),
});
export type StatusUpdate = z.infer<typeof statusUpdateSchema>;

/** A commitment as listed: its fields plus its status as of the asked date. */
export const commitmentSummarySchema = z.object({
  slug: z.string(),
  agreementSlug: z.string(),
  articleRef: z.string(),
  title: z.string(),
  titleKo: z.string().nullable(),
  text: z.string(),
  category: categorySchema,
  parties: z.array(z.string()),
  deadline: isoDateSchema.nullable(),
  deadlineNote: z.string().nullable(),
  position: z.number().int(),
  version: z.number().int(),
  status: statusSchema,
  lastUpdateOn: isoDateSchema.nullable(),
});
export type CommitmentSummary = z.infer<typeof commitmentSummarySchema>;

export const commitmentDetailSchema = commitmentSummarySchema.extend({
  agreement: agreementSchema,
  updates: z.array(statusUpdateSchema),
});
export type CommitmentDetail = z.infer<typeof commitmentDetailSchema>;

export const statusCountsSchema = z.record(statusSchema, z.number().int());
export type StatusCounts = Record<(typeof STATUS_KEYS)[number], number>;

export const dashboardSchema = z.object({
  asOf: isoDateSchema,
  generatedAt: z.string(),
  agreements: z.array(agreementSchema),
  commitments: z.array(commitmentSummarySchema),
  counts: statusCountsSchema,
  lastUpdateOn: isoDateSchema.nullable(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const agreementDetailSchema = agreementSchema.extend({
  commitments: z.array(commitmentSummarySchema),
  counts: statusCountsSchema,
});
export type AgreementDetail = z.infer<typeof agreementDetailSchema>;

export const recentUpdateSchema = statusUpdateSchema.extend({ commitmentTitle: z.string() });
export type RecentUpdate = z.infer<typeof recentUpdateSchema>;

export const updatesPageSchema = z.object({
  updates: z.array(recentUpdateSchema),
  nextBefore: z.string().nullable(),
});
export type UpdatesPage = z.infer<typeof updatesPageSchema>;

// --- Query strings. Unknown keys are ignored (links get tracking junk); bad values are 400s.

export const asOfQuerySchema = z.object({ asOf: isoDateSchema.optional() });

export const commitmentsQuerySchema = z.object({
  agreement: slugSchema.optional(),
  status: statusSchema.optional(),
  category: categorySchema.optional(),
  q: z.string().trim().max(200).optional(),
  asOf: isoDateSchema.optional(),
});
export type CommitmentsQuery = z.infer<typeof commitmentsQuerySchema>;

/** A real date and a 32-bit id, as nextBefore gives them: anything else would reach the database as junk. */
function isUpdatesCursor(value: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})_(\d{1,10})$/.exec(value);
  return !!match && isIsoDate(match[1]!) && Number(match[2]) <= MAX_INT32;
}

/** `before` is an opaque cursor returned as nextBefore by the previous page. */
export const updatesQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  before: z.string().refine(isUpdatesCursor, 'Expected the nextBefore cursor of a previous page').optional(),
});
export type UpdatesQuery = z.infer<typeof updatesQuerySchema>;

/** A day a commitment's status changed: [effectiveOn, status] (see shared/domain/status-timeline.ts). */
export const statusChangeSchema = z
  .tuple([isoDateSchema, statusSchema])
  .describe('[effectiveOn, status]: from this day on, the commitment stood at this status');

/** GET /timeline: each commitment's status changes, oldest first (retracted updates left out). */
export const timelineSchema = z.object({
  commitments: z.array(z.object({ slug: z.string(), changes: z.array(statusChangeSchema) })),
});
export type Timeline = z.infer<typeof timelineSchema>;
