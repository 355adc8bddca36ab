import { date, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

export const agreements = pgTable('agreements', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  titleKo: text('title_ko'),
  signedOn: date('signed_on', { mode: 'string' }).notNull(),
  place: text('place').notNull(),
  placeKo: text('place_ko'),
  parties: text('parties').array().notNull(),
  summary: text('summary').notNull(),
  summaryKo: text('summary_ko'),
  sourceUrl: text('source_url'),
  position: integer('position').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type AgreementRow = typeof agreements.$inferSelect;
