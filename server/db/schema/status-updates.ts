import { date, index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { commitments } from './commitments.ts';
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
    kind: text('kind'),
  },
  (table) => [index('update_sources_update_idx').on(table.updateId, table.position)],
);

export type StatusUpdateRow = typeof statusUpdates.$inferSelect;
export type UpdateSourceRow = typeof updateSources.$inferSelect;
