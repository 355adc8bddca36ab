import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import { signInFailures } from '../../db/schema/index.ts';

/** Failures allowed before delays start, per kind of key; each further failure doubles the delay. */
const FREE_FAILURES = { account: 3, address: 10 } as const;
const MAX_DELAY_MS = 15 * 60 * 1000;
/** Failures older than this are forgotten. */
const FORGET_AFTER = '1 hour';

export type ThrottleKind = keyof typeof FREE_FAILURES;
export const throttleKey = (kind: ThrottleKind, value: string) => `${kind}:${value.toLowerCase()}`;

export function delayAfter(kind: ThrottleKind, failures: number): number {
  const over = failures - FREE_FAILURES[kind];
  return over < 0 ? 0 : Math.min(1000 * 2 ** over, MAX_DELAY_MS);
}

/** Milliseconds until any of the keys may try again (0: now). Kept in the database, so every instance agrees. */
export async function retryAfterMs(db: Db, keys: string[], now = new Date()): Promise<number> {
  const rows = await db.select().from(signInFailures).where(inArray(signInFailures.key, keys));
  const until = Math.max(0, ...rows.map((row) => row.blockedUntil?.getTime() ?? 0));
  return Math.max(0, until - now.getTime());
}

/** Counts a failure against a key and sets how long it must wait. */
export async function recordFailure(
  db: Db,
  kind: ThrottleKind,
  key: string,
  now = new Date(),
): Promise<void> {
  const [row] = await queryRows<{ failures: number }>(
    db,
    sql`insert into sign_in_failures (key, failures, last_failure_at) values (${key}, 1, ${now.toISOString()})
        on conflict (key) do update set
          failures = case when sign_in_failures.last_failure_at < ${now.toISOString()}::timestamptz - ${FORGET_AFTER}::interval
                          then 1 else sign_in_failures.failures + 1 end,
          last_failure_at = excluded.last_failure_at
        returning failures`,
  );
  const delay = delayAfter(kind, row?.failures ?? 1);
  if (delay > 0) {
    await db
      .update(signInFailures)
      .set({ blockedUntil: new Date(now.getTime() + delay) })
      .where(sql`${signInFailures.key} = ${key}`);
  }
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.delete(signInFailures).where(sql`${signInFailures.key} = ${key}`);
}
