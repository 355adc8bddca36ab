import { z } from 'zod';
import { LIMITS } from '../domain/limits.ts';
import { categorySchema, isoDateSchema, slugSchema, sourceKindSchema, statusSchema } from './common.ts';
import { partiesSchema, requiredText, webUrlSchema } from './writes.ts';

/**
 * The open-data JSON export (GET /api/v1/export.json) and the import file (npm run data:import): the
 * complete public dataset in one versioned document. Described for people in docs/open-data.md.
 * Records are flat lists that refer to each other by slug; array order is display order (agreements,
 * and commitments within their agreement). Any change to this shape bumps EXPORT_FORMAT_VERSION.
 */
export const EXPORT_FORMAT_VERSION = 1;

const timestampSchema = z.iso.datetime({ offset: true });

export const exportAgreementSchema = z.strictObject({
  slug: slugSchema,
  title: requiredText(LIMITS.titleMax, 'Title'),
  titleKo: requiredText(LIMITS.titleMax, 'Korean title').nullable(),
  signedOn: isoDateSchema,
  place: requiredText(LIMITS.titleMax, 'Place'),
  parties: partiesSchema,
  summary: requiredText(LIMITS.summaryMax, 'Summary'),
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
  category: categorySchema,
  parties: partiesSchema,
  deadline: isoDateSchema.nullable(),
  deadlineNote: requiredText(LIMITS.noteMax, 'Deadline note').nullable(),
});
export type ExportCommitment = z.infer<typeof exportCommitmentSchema>;

export const exportSourceSchema = z.strictObject({
  url: webUrlSchema,
  title: requiredText(LIMITS.sourceTitleMax, 'Source title'),
  publisher: requiredText(LIMITS.publisherMax, 'Publisher').nullable(),
  publishedOn: isoDateSchema.nullable(),
  kind: sourceKindSchema.nullable(),
});
export type ExportSource = z.infer<typeof exportSourceSchema>;

export const exportRetractionSchema = z.strictObject({
  at: timestampSchema,
  by: requiredText(LIMITS.displayNameMax, 'Retracted by'),
  reason: requiredText(LIMITS.reasonMax, 'Reason'),
});

export const exportUpdateSchema = z.strictObject({
  /** The update's id in the exporting database, for reference only: an import assigns new ids. */
  id: z.number().int().min(1).optional(),
  /** The slug of its commitment, which must be in the same file. */
  commitment: slugSchema,
  status: statusSchema,
  effectiveOn: isoDateSchema,
  summary: requiredText(LIMITS.summaryMax, 'Summary'),
  summaryKo: requiredText(LIMITS.summaryMax, 'Korean summary').nullable(),
  sources: z.array(exportSourceSchema).min(1, 'Add at least one source').max(LIMITS.sourcesMax),
  author: requiredText(LIMITS.displayNameMax, 'Author'),
  /** When it was published: with effectiveOn, it decides which update sets the status. */
  createdAt: timestampSchema,
  retraction: exportRetractionSchema.nullable(),
});
export type ExportUpdate = z.infer<typeof exportUpdateSchema>;

/** The whole file. Unknown top-level keys are ignored; unknown keys inside records are refused. */
export const exportDataSchema = z.object({
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  generatedAt: timestampSchema,
  agreements: z.array(exportAgreementSchema),
  commitments: z.array(exportCommitmentSchema),
  /** Per commitment (in commitment order), oldest event first; retracted updates included. */
  updates: z.array(exportUpdateSchema),
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
] as const;
