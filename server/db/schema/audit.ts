import { bigserial, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** One row per write or sign-in event; never updated or deleted. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actor: text('actor'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    clientAddress: text('client_address'),
  },
  (table) => [index('audit_events_at_idx').on(table.at), index('audit_events_entity_idx').on(table.entity)],
);

export type AuditEventRow = typeof auditEvents.$inferSelect;
