import { z } from 'zod';
import { LIMITS } from '../domain/limits.ts';
import { AGREEMENT_RELATION_TYPES, COMMITMENT_RELATION_KINDS } from '../domain/relations.ts';
import {
  categorySchema,
  datePrecisionSchema,
  isoDateSchema,
  partyCodeSchema,
  partyKindSchema,
  slugSchema,
  sourceKindSchema,
  standingSchema,
  statusSchema,
} from './common.ts';
import { partiesSchema, requiredText, webUrlSchema } from './writes.ts';

/**
 * The open-data JSON export (GET /api/v1/export.json) and the import file (npm run data:import): the
 * complete public dataset in one versioned document. Described for people in docs/open-data.md.
 * Records are flat lists that refer to each other by slug; array order is display order (agreements,
 * and commitments within their agreement). Any change to this shape bumps EXPORT_FORMAT_VERSION.
 */
export const EXPORT_FORMAT_VERSION = 3;

/** Earlier versions an import still reads, upgraded with defaults (see import-upgrade.ts). */
export const READABLE_FORMAT_VERSIONS = [1, 2, EXPORT_FORMAT_VERSION] as const;

const timestampSchema = z.iso.datetime({ offset: true });
const optionalNote = requiredText(LIMITS.disputeNoteMax, 'Note').nullable();

/** The party registry: array order is display order. */
export const exportPartySchema = z.strictObject({
  code: partyCodeSchema,
  name: requiredText(LIMITS.titleMax, 'Name'),
  nameKo: requiredText(LIMITS.titleMax, 'Korean name'),
  kind: partyKindSchema,
});
export type ExportParty = z.infer<typeof exportPartySchema>;

export const exportAgreementSchema = z.strictObject({
  slug: slugSchema,
  title: requiredText(LIMITS.titleMax, 'Title'),
  titleKo: requiredText(LIMITS.titleMax, 'Korean title').nullable(),
  signedOn: isoDateSchema,
  place: requiredText(LIMITS.titleMax, 'Place'),
  placeKo: requiredText(LIMITS.titleMax, 'Korean place').nullable(),
  parties: partiesSchema,
  summary: requiredText(LIMITS.summaryMax, 'Summary'),
  summaryKo: requiredText(LIMITS.summaryMax, 'Korean summary').nullable(),
  sourceUrl: webUrlSchema.nullable(),
});
export type ExportAgreement = z.infer<typeof exportAgreementSchema>;

export const exportCommitmentSchema = z.strictObject({
  slug: slugSchema,
  /** The slug of its agreement, which must be in the same file. */
  agreement: slugSchema,
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
  /** An analyst's dated record that the deadline was met (updates with meetsDeadline count as well). */
  deadlineMetOn: isoDateSchema.nullable(),
});
export type ExportCommitment = z.infer<typeof exportCommitmentSchema>;

export const exportSourceSchema = z.strictObject({
  url: webUrlSchema,
  title: requiredText(LIMITS.sourceTitleMax, 'Source title'),
  publisher: requiredText(LIMITS.publisherMax, 'Publisher').nullable(),
  publishedOn: isoDateSchema.nullable(),
  kind: sourceKindSchema,
  contests: z.boolean(),
});
export type ExportSource = z.infer<typeof exportSourceSchema>;

export const exportRetractionSchema = z.strictObject({
  at: timestampSchema,
  by: requiredText(LIMITS.displayNameMax, 'Retracted by'),
  reason: requiredText(LIMITS.reasonMax, 'Reason'),
});

/** What an update and a development share: when, who, how settled, what, the evidence and the byline. */
const eventFields = {
  /** The first day of the period when datePrecision is month or year. */
  effectiveOn: isoDateSchema,
  datePrecision: datePrecisionSchema,
  /** Party codes from the registry; empty on records not yet attributed. */
  actors: z.array(partyCodeSchema).max(LIMITS.partiesMax),
  standing: standingSchema,
  disputeNote: optionalNote,
  disputeNoteKo: optionalNote,
  summary: requiredText(LIMITS.summaryMax, 'Summary'),
  summaryKo: requiredText(LIMITS.summaryMax, 'Korean summary').nullable(),
  sources: z.array(exportSourceSchema).min(1, 'Add at least one source').max(LIMITS.sourcesMax),
  author: requiredText(LIMITS.displayNameMax, 'Author'),
  /** When it was published: with effectiveOn, it decides which update sets the status. */
  createdAt: timestampSchema,
};

/** One event that moved several commitments; its updates refer to it by id. */
export const exportDevelopmentSchema = z.strictObject({
  /** Unique in the file; an import assigns new ids and keeps the links. */
  id: z.number().int().min(1),
  ...eventFields,
});
export type ExportDevelopment = z.infer<typeof exportDevelopmentSchema>;

/** An analyst checked a commitment through a day and found no change. */
export const exportReviewSchema = z.strictObject({
  commitment: slugSchema,
  reviewedOn: isoDateSchema,
  note: optionalNote,
  author: requiredText(LIMITS.displayNameMax, 'Author'),
  createdAt: timestampSchema,
});
export type ExportReview = z.infer<typeof exportReviewSchema>;

export const exportUpdateSchema = z.strictObject({
  /** The update's id in the exporting database, for reference only: an import assigns new ids. */
  id: z.number().int().min(1).optional(),
  /** The slug of its commitment, which must be in the same file. */
  commitment: slugSchema,
  status: statusSchema,
  ...eventFields,
  meetsDeadline: z.boolean(),
  /** The id of its development in this file, or null. */
  development: z.number().int().min(1).nullable(),
  retraction: exportRetractionSchema.nullable(),
});
export type ExportUpdate = z.infer<typeof exportUpdateSchema>;

/** "agreement <type> relatedAgreement" (format 3): both agreements must be in the same file. */
export const exportAgreementRelationSchema = z.strictObject({
  agreement: slugSchema,
  type: z.enum(AGREEMENT_RELATION_TYPES),
  relatedAgreement: slugSchema,
  note: optionalNote,
  noteKo: optionalNote,
});
export type ExportAgreementRelation = z.infer<typeof exportAgreementRelationSchema>;

/** "commitment <kind> relatedCommitment", a commitment of another agreement (format 3). */
export const exportCommitmentRelationSchema = z.strictObject({
  commitment: slugSchema,
  kind: z.enum(COMMITMENT_RELATION_KINDS),
  relatedCommitment: slugSchema,
  note: optionalNote,
  noteKo: optionalNote,
});
export type ExportCommitmentRelation = z.infer<typeof exportCommitmentRelationSchema>;

/** The whole file. Unknown top-level keys are ignored; unknown keys inside records are refused. */
export const exportDataSchema = z.object({
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  generatedAt: timestampSchema,
  parties: z.array(exportPartySchema),
  agreements: z.array(exportAgreementSchema),
  commitments: z.array(exportCommitmentSchema),
  /** Oldest event first. */
  developments: z.array(exportDevelopmentSchema),
  /** Per commitment (in commitment order), oldest event first; retracted updates included. */
  updates: z.array(exportUpdateSchema),
  /** Per commitment (in commitment order), oldest first. */
  reviews: z.array(exportReviewSchema),
  /** Oldest first (format 3; older files are read with none). */
  agreementRelations: z.array(exportAgreementRelationSchema),
  commitmentRelations: z.array(exportCommitmentRelationSchema),
});
export type ExportData = z.infer<typeof exportDataSchema>;

/** The CSV export's columns, in order (GET /api/v1/export.csv). */
export const CSV_COLUMNS = [
  'update_id',
  'agreement',
  'commitment_slug',
  'commitment_title',
  'category',
  'status',
  'status_label',
  'effective_on',
  'summary',
  'summary_ko',
  'source_url',
  'source_title',
  'source_count',
  'author',
  'created_at',
  'retracted',
  'retracted_at',
  'retraction_reason',
  // Added in format version 2 (issue 9); appended so existing column positions stay put.
  'date_precision',
  'actors',
  'standing',
  'dispute_note',
  'dispute_note_ko',
  'meets_deadline',
  'development_id',
  'source_kinds',
  'source_contests',
] as const;
