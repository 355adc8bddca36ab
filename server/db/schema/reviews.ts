import { date, index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { commitments } from './commitments.ts';
import { users } from './users.ts';

/** An analyst checked a commitment through a day and found no change: "no change" told from "not looked". */
export const commitmentReviews = pgTable(
  'commitment_reviews',
  {
    id: serial('id').primaryKey(),
    commitmentId: integer('commitment_id')
      .notNull()
      .references(() => commitments.id),
    reviewedOn: date('reviewed_on', { mode: 'string' }).notNull(),
    note: text('note'),
    authorId: integer('author_id').references(() => users.id),
    authorName: text('author_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('commitment_reviews_commitment_idx').on(table.commitmentId, table.reviewedOn)],
);

export type ReviewRow = typeof commitmentReviews.$inferSelect;
