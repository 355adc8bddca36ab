import { z } from 'zod';
import type { STATUS_KEYS } from '../domain/status.ts';
import { isIsoDate } from '../domain/dates.ts';
import { MAX_INT32 } from '../domain/limits.ts';
import {
  AGREEMENT_RELATION_TYPES,
  COMMITMENT_RELATION_KINDS,
  RELATION_DIRECTIONS,
} from '../domain/relations.ts';
import {
  categorySchema,
  datePrecisionSchema,
  deadlineStateSchema,
  isoDateSchema,
  partyKindSchema,
  slugSchema,
  sourceKindSchema,
  standingSchema,
  statusSchema,
} from './common.ts';

/** A party in the registry: pages show its name in the page's language, never the code. */
export const partySchema = z.object({
  code: z.string(),
  name: z.string(),
  nameKo: z.string(),
  kind: partyKindSchema,
});
export type Party = z.infer<typeof partySchema>;

export const partyListSchema = z.object({ parties: z.array(partySchema) });
export type PartyList = z.infer<typeof partyListSchema>;

/**
 * A relation of an agreement to another, from this agreement's side: outgoing "this <type> that" (this
 * agreement implements that one), incoming "that <type> this" (that one implements this one).
 */
export const agreementRelationSchema = z.object({
  type: z.enum(AGREEMENT_RELATION_TYPES),
  direction: z.enum(RELATION_DIRECTIONS),
  /** The other agreement. */
  agreementSlug: z.string(),
  agreementTitle: z.string(),
  agreementTitleKo: z.string().nullable(),
  note: z.string().nullable(),
  noteKo: z.string().nullable(),
});
export type AgreementRelation = z.infer<typeof agreementRelationSchema>;

/** A commitment of another agreement that this one repeats or carries out (outgoing), or that repeats or carries out this one (incoming). */
export const relatedCommitmentSchema = z.object({
  kind: z.enum(COMMITMENT_RELATION_KINDS),
  direction: z.enum(RELATION_DIRECTIONS),
  /** The other commitment. */
  slug: z.string(),
  articleRef: z.string(),
  title: z.string(),
  titleKo: z.string().nullable(),
  agreementSlug: z.string(),
  agreementTitle: z.string(),
  agreementTitleKo: z.string().nullable(),
  note: z.string().nullable(),
  noteKo: z.string().nullable(),
});
export type RelatedCommitment = z.infer<typeof relatedCommitmentSchema>;

export const agreementSchema = z.object({
  slug: z.string(),
  title: z.string(),
  titleKo: z.string().nullable(),
  signedOn: isoDateSchema,
  place: z.string(),
  placeKo: z.string().nullable(),
  /** Signatories, as party codes. */
  parties: z.array(z.string()),
  summary: z.string(),
  summaryKo: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  /** How it relates to the other agreements tracked, both directions. */
  relations: z.array(agreementRelationSchema),
});
export type Agreement = z.infer<typeof agreementSchema>;

export const sourceSchema = z.object({
  url: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  publishedOn: isoDateSchema.nullable(),
  kind: sourceKindSchema,
  /** True when the source contests the update's claim (on a disputed update). */
  contests: z.boolean(),
});
export type Source = z.infer<typeof sourceSchema>;

export const statusUpdateSchema = z.object({
  id: z.number().int(),
  commitmentSlug: z.string(),
  status: statusSchema,
  /** When it happened: the first day of the period when datePrecision is month or year. */
  effectiveOn: isoDateSchema,
  datePrecision: datePrecisionSchema,
  /** Party codes of who acted or made the claim. */
  actors: z.array(z.string()),
  standing: standingSchema,
  /** On a disputed update: by whom and why. */
  disputeNote: z.string().nullable(),
  disputeNoteKo: z.string().nullable(),
  /** This update is the evidence that the commitment's deadline was met. */
  meetsDeadline: z.boolean(),
  /** The development (one event, many clauses) this update belongs to, if any. */
  developmentId: z.number().int().nullable(),
  summary: z.string(),
  summaryKo: z.string().nullable(),
  sources: z.array(sourceSchema),
  author: z.string(),
  /** When it was recorded, beside when it happened. */
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
  textKo: z.string().nullable(),
  category: categorySchema,
  /** Parties responsible, as party codes. */
  parties: z.array(z.string()),
  deadline: isoDateSchema.nullable(),
  deadlineNote: z.string().nullable(),
  deadlineNoteKo: z.string().nullable(),
  /** The day the deadline was met (today's knowledge), or null. */
  deadlineMetOn: isoDateSchema.nullable(),
  /** The deadline as of the date asked about: none, pending, met or missed. */
  deadlineState: deadlineStateSchema,
  position: z.number().int(),
  version: z.number().int(),
  status: statusSchema,
  lastUpdateOn: isoDateSchema.nullable(),
  /** The latest day an analyst reviewed the commitment or recorded an update for it. */
  reviewedThrough: isoDateSchema.nullable(),
});
export type CommitmentSummary = z.infer<typeof commitmentSummarySchema>;

export const reviewSchema = z.object({
  id: z.number().int(),
  reviewedOn: isoDateSchema,
  note: z.string().nullable(),
  author: z.string(),
  createdAt: z.string(),
});
export type Review = z.infer<typeof reviewSchema>;

/** A commitment a development touched, as a link. */
export const affectedCommitmentSchema = z.object({
  slug: z.string(),
  title: z.string(),
  titleKo: z.string().nullable(),
});

/** What a commitment page needs to say "Part of: <development>, which also affected <links>". */
export const developmentRefSchema = z.object({
  id: z.number().int(),
  effectiveOn: isoDateSchema,
  datePrecision: datePrecisionSchema,
  summary: z.string(),
  summaryKo: z.string().nullable(),
  commitments: z.array(affectedCommitmentSchema),
});
export type DevelopmentRef = z.infer<typeof developmentRefSchema>;

export const commitmentDetailSchema = commitmentSummarySchema.extend({
  agreement: agreementSchema,
  updates: z.array(statusUpdateSchema),
  reviews: z.array(reviewSchema),
  developments: z.array(developmentRefSchema),
  /** Commitments of other agreements that this one repeats or carries out, or that repeat or carry out this one. */
  relatedCommitments: z.array(relatedCommitmentSchema),
  /** The party registry, so names show in the page's language without another request. */
  partyRegistry: z.array(partySchema),
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
  /** The earliest reviewedThrough of the commitments shown: the record is checked through this day. */
  checkedThrough: isoDateSchema.nullable(),
  partyRegistry: z.array(partySchema),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const agreementDetailSchema = agreementSchema.extend({
  commitments: z.array(commitmentSummarySchema),
  counts: statusCountsSchema,
  partyRegistry: z.array(partySchema),
});
export type AgreementDetail = z.infer<typeof agreementDetailSchema>;

export const recentUpdateSchema = statusUpdateSchema.extend({
  commitmentTitle: z.string(),
  commitmentTitleKo: z.string().nullable(),
});
export type RecentUpdate = z.infer<typeof recentUpdateSchema>;

export const updatesPageSchema = z.object({
  updates: z.array(recentUpdateSchema),
  nextBefore: z.string().nullable(),
  partyRegistry: z.array(partySchema),
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

/** The update behind a status change, for the chart's tooltip and link: its summaries cut short. */
export const timelineUpdateSchema = z
  .object({
    id: z.number().int(),
    summary: z.string(),
    summaryKo: z.string().nullable(),
  })
  .describe(
    'The update that made a change (its page anchor is #update-<id>); summaries cut to about 100 columns, a Korean syllable counting two, with an ellipsis',
  );

/** GET /timeline: each commitment's status changes, oldest first (retracted updates left out). */
export const timelineSchema = z.object({
  commitments: z.array(
    z.object({
      slug: z.string(),
      changes: z.array(statusChangeSchema),
      updates: z
        .array(timelineUpdateSchema)
        .describe('The update behind each change, in step with changes: updates[i] made changes[i]'),
    }),
  ),
});
export type Timeline = z.infer<typeof timelineSchema>;
export type TimelineUpdate = z.infer<typeof timelineUpdateSchema>;

/** One event that moved several commitments at once (one update per effect). */
export const developmentSchema = z.object({
  id: z.number().int(),
  effectiveOn: isoDateSchema,
  datePrecision: datePrecisionSchema,
  actors: z.array(z.string()),
  standing: standingSchema,
  disputeNote: z.string().nullable(),
  disputeNoteKo: z.string().nullable(),
  summary: z.string(),
  summaryKo: z.string().nullable(),
  sources: z.array(sourceSchema),
  author: z.string(),
  createdAt: z.string(),
  effects: z.array(
    affectedCommitmentSchema.extend({
      updateId: z.number().int(),
      status: statusSchema,
      meetsDeadline: z.boolean(),
      retracted: z.boolean(),
    }),
  ),
});
export type Development = z.infer<typeof developmentSchema>;

export const developmentDetailSchema = developmentSchema.extend({ partyRegistry: z.array(partySchema) });
export type DevelopmentDetail = z.infer<typeof developmentDetailSchema>;

export const developmentListSchema = z.object({
  developments: z.array(developmentSchema),
  partyRegistry: z.array(partySchema),
});
export type DevelopmentList = z.infer<typeof developmentListSchema>;

/** One point of an agreement's progress line (see shared/domain/compare.ts). */
export const sharePointSchema = z.object({
  date: isoDateSchema,
  /** Commitments Implemented or Partially implemented from this day on. */
  done: z.number().int(),
  total: z.number().int(),
  percent: z.number().int(),
});

/** GET /compare: per agreement, the share of its commitments implemented or partially implemented over time. */
export const compareSchema = z.object({
  agreements: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      titleKo: z.string().nullable(),
      signedOn: isoDateSchema,
      /** From the signing day, then one point on each day the share changed. */
      points: z.array(sharePointSchema),
      /** The first day the share reached its highest value; null while it never rose above 0. */
      peak: sharePointSchema.nullable(),
      /** The days the share fell, with the percentage it fell from. */
      falls: z.array(sharePointSchema.extend({ fromPercent: z.number().int() })),
    }),
  ),
});
export type Compare = z.infer<typeof compareSchema>;

/** The columns of GET /compare.csv, in order: one row per point. */
export const COMPARE_CSV_COLUMNS = [
  'agreement',
  'agreement_title',
  'date',
  'implemented_or_partial',
  'total',
  'percent',
  'turning_point',
] as const;
