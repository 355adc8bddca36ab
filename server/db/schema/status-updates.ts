import { boolean, date, index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { commitments } from './commitments.ts';
import { developments } from './developments.ts';
import { users } from './users.ts';

/** Append-only: a wrong update is retracted (retracted_* set), never deleted or edited. */
export const statusUpdates = pgTable(
  'status_updates',
  {
    id: serial('id').primaryKey(),
    commitmentId: integer('commitment_id')
      .notNull()
      .references(() => commitments.id),
    status: text('status').notNull(),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    // day | month | year; effective_on holds the first day of the period.
    datePrecision: text('date_precision').notNull().default('day'),
    actors: text('actors').array().notNull().default([]),
    // confirmed | claimed | disputed
    standing: text('standing').notNull().default('confirmed'),
    disputeNote: text('dispute_note'),
    disputeNoteKo: text('dispute_note_ko'),
    meetsDeadline: boolean('meets_deadline').notNull().default(false),
    developmentId: integer('development_id').references(() => developments.id),
    summary: text('summary').notNull(),
    summaryKo: text('summary_ko'),
    // Seeded updates have no account behind them; authorName keeps the byline either way.
    authorId: integer('author_id').references(() => users.id),
    authorName: text('author_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    retractedAt: timestamp('retracted_at', { withTimezone: true }),
    retractedBy: text('retracted_by'),
    retractionReason: text('retraction_reason'),
  },
  (table) => [
    index('status_updates_commitment_idx').on(table.commitmentId, table.effectiveOn),
    index('status_updates_recent_idx').on(table.effectiveOn, table.id),
    index('status_updates_development_idx').on(table.developmentId),
  ],
);

export const updateSources = pgTable(
  'update_sources',
  {
    id: serial('id').primaryKey(),
    updateId: integer('update_id')
      .notNull()
      .references(() => statusUpdates.id),
    position: integer('position').notNull(),
    url: text('url').notNull(),
    title: text('title').notNull(),
    publisher: text('publisher'),
    publishedOn: date('published_on', { mode: 'string' }),
    // official | news | analysis | other
    kind: text('kind').notNull().default('other'),
    contests: boolean('contests').notNull().default(false),
  },
  (table) => [index('update_sources_update_idx').on(table.updateId, table.position)],
);

export type StatusUpdateRow = typeof statusUpdates.$inferSelect;
export type UpdateSourceRow = typeof updateSources.$inferSelect;
