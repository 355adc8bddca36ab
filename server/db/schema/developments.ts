import { date, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/** A source as a development keeps it; each of its updates holds its own copy in update_sources. */
export interface DevelopmentSource {
  url: string;
  title: string;
  publisher: string | null;
  publishedOn: string | null;
  kind: string;
  contests: boolean;
}

/**
 * One event that moved several commitments (a summit's failure, a repudiation): written once, with one
 * status update per commitment it affected (status_updates.development_id points here).
 */
export const developments = pgTable('developments', {
  id: serial('id').primaryKey(),
  effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
  datePrecision: text('date_precision').notNull().default('day'),
  actors: text('actors').array().notNull(),
  standing: text('standing').notNull().default('confirmed'),
  disputeNote: text('dispute_note'),
  disputeNoteKo: text('dispute_note_ko'),
  summary: text('summary').notNull(),
  summaryKo: text('summary_ko'),
  sources: jsonb('sources').$type<DevelopmentSource[]>().notNull(),
  authorId: integer('author_id').references(() => users.id),
  authorName: text('author_name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type DevelopmentRow = typeof developments.$inferSelect;
