import { date, index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { agreements } from './agreements.ts';

export const commitments = pgTable(
  'commitments',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id),
    articleRef: text('article_ref').notNull(),
    title: text('title').notNull(),
    titleKo: text('title_ko'),
    text: text('text').notNull(),
    textKo: text('text_ko'),
    category: text('category').notNull(),
    parties: text('parties').array().notNull(),
    deadline: date('deadline', { mode: 'string' }),
    deadlineNote: text('deadline_note'),
    deadlineNoteKo: text('deadline_note_ko'),
    // An analyst's dated record that the deadline was met; updates marked meets_deadline count too.
    deadlineMetOn: date('deadline_met_on', { mode: 'string' }),
    position: integer('position').notNull(),
    // Bumped on every change to the commitment or its updates: the optimistic-concurrency token.
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('commitments_agreement_idx').on(table.agreementId, table.position)],
);

export type CommitmentRow = typeof commitments.$inferSelect;
