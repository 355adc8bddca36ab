import { check, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { agreements } from './agreements.ts';
import { commitments } from './commitments.ts';

/**
 * "agreement <type> related agreement": implements, builds on, or is conditional on it
 * (docs/decisions/085-relation-direction.md). One relation per ordered pair; never to itself.
 */
export const agreementRelations = pgTable(
  'agreement_relations',
  {
    id: serial('id').primaryKey(),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id),
    type: text('type').notNull(),
    relatedAgreementId: integer('related_agreement_id')
      .notNull()
      .references(() => agreements.id),
    note: text('note'),
    noteKo: text('note_ko'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('agreement_relations_pair_idx').on(table.agreementId, table.relatedAgreementId),
    index('agreement_relations_related_idx').on(table.relatedAgreementId),
    check('agreement_relations_not_self', sql`${table.agreementId} <> ${table.relatedAgreementId}`),
  ],
);

/** "commitment <kind> related commitment" (of another agreement): repeats it, or carries it out. */
export const commitmentRelations = pgTable(
  'commitment_relations',
  {
    id: serial('id').primaryKey(),
    commitmentId: integer('commitment_id')
      .notNull()
      .references(() => commitments.id),
    kind: text('kind').notNull(),
    relatedCommitmentId: integer('related_commitment_id')
      .notNull()
      .references(() => commitments.id),
    note: text('note'),
    noteKo: text('note_ko'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('commitment_relations_pair_idx').on(table.commitmentId, table.relatedCommitmentId),
    index('commitment_relations_related_idx').on(table.relatedCommitmentId),
    check('commitment_relations_not_self', sql`${table.commitmentId} <> ${table.relatedCommitmentId}`),
  ],
);

export type AgreementRelationRow = typeof agreementRelations.$inferSelect;
export type CommitmentRelationRow = typeof commitmentRelations.$inferSelect;
