import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Sign-in attempts per key ("pair:NAME|IP" or "address:IP"), in the database so that the limits hold
 * across server instances. An attempt is counted before its password is checked (decision 033); a
 * success clears its pair's row. Refused (throttled) attempts are only counted here, not audited.
 */
export const signInFailures = pgTable('sign_in_failures', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
  throttledAttempts: integer('throttled_attempts').notNull().default(0),
});
