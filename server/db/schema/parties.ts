import { integer, pgTable, text } from 'drizzle-orm/pg-core';

/** The registry of parties: signatories and the third parties that act on or around an agreement. */
export const parties = pgTable('parties', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameKo: text('name_ko').notNull(),
  /** signatory | third_party */
  kind: text('kind').notNull(),
  position: integer('position').notNull().default(0),
});

export type PartyRow = typeof parties.$inferSelect;
