import { and, eq, like, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { signInFailures } from '../../db/schema/index.ts';

/** Attempts allowed before delays start, per kind of key; each further attempt doubles the delay. */
const FREE_ATTEMPTS = { pair: 3, address: 10 } as const;
const MAX_DELAY_MS = 15 * 60 * 1000;
/** Attempts older than this are forgotten. */
const FORGET_AFTER_MS = 60 * 60 * 1000;

export type ThrottleKind = keyof typeof FREE_ATTEMPTS;

/**
 * The keys an attempt counts against: the account from this address (so nobody can lock an analyst out
 * from other addresses), and the address across all accounts (so one address cannot try many accounts).
 */
export const throttleKeys = (username: string, address: string) => ({
  pair: `pair:${username.toLowerCase()}|${address.toLowerCase()}`,
  address: `address:${address.toLowerCase()}`,
});

export function delayAfter(kind: ThrottleKind, attempts: number): number {
  const over = attempts - FREE_ATTEMPTS[kind];
  return over < 0 ? 0 : Math.min(1000 * 2 ** over, MAX_DELAY_MS);
}

export interface Reservation {
  /** False: throttled; the attempt was counted as such and must not be checked. */
  allowed: boolean;
  retryAfterMs: number;
  /** This attempt started a wait (the first of its kind to do so): worth one audit event. */
  engaged: boolean;
}

/**
 * Counts an attempt against a key before its password is checked, under a row lock, so concurrent
 * guesses queue here and only the allowed few get through; the rest are refused and counted.
 */
export async function reserveAttempt(db: Db, kind: ThrottleKind, key: string, now = new Date()) {
  return db.transaction(async (tx): Promise<Reservation> => {
    await tx.insert(signInFailures).values({ key, failures: 0, lastFailureAt: now }).onConflictDoNothing();
    const [row] = await tx.select().from(signInFailures).where(eq(signInFailures.key, key)).for('update');
    if (row!.blockedUntil && row!.blockedUntil > now) {
      await tx
        .update(signInFailures)
        .set({ throttledAttempts: sql`${signInFailures.throttledAttempts} + 1` })
        .where(eq(signInFailures.key, key));
      return { allowed: false, retryAfterMs: row!.blockedUntil.getTime() - now.getTime(), engaged: false };
    }
    const forgotten = now.getTime() - row!.lastFailureAt.getTime() > FORGET_AFTER_MS;
    const attempts = (forgotten ? 0 : row!.failures) + 1;
    const delay = delayAfter(kind, attempts);
    await tx
      .update(signInFailures)
      .set({
        failures: attempts,
        lastFailureAt: now,
        blockedUntil: delay > 0 ? new Date(now.getTime() + delay) : null,
        ...(forgotten && { throttledAttempts: 0 }),
      })
      .where(eq(signInFailures.key, key));
    return { allowed: true, retryAfterMs: 0, engaged: delay > 0 && delayAfter(kind, attempts - 1) === 0 };
  });
}

/** After a success: the pair starts afresh, and the address gets back the attempt it was charged. */
export async function forgiveAttempt(db: Db, keys: { pair: string; address: string }): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.key, keys.pair));
  await db
    .update(signInFailures)
    .set({
      failures: sql`greatest(${signInFailures.failures} - 1, 0)`,
      blockedUntil: sql`case when ${signInFailures.failures} - 1 < ${FREE_ATTEMPTS.address} then null else ${signInFailures.blockedUntil} end`,
    })
    .where(eq(signInFailures.key, keys.address));
}

const likeLiteral = (value: string) => value.toLowerCase().replace(/[\\%_]/g, '\\$&');

/** An admin's clearing: every pair of an account, and/or an address's rows. Returns how many were cleared. */
export async function clearThrottles(db: Db, target: { username?: string; address?: string }) {
  const conditions = [
    ...(target.username ? [like(signInFailures.key, `pair:${likeLiteral(target.username)}|%`)] : []),
    ...(target.address
      ? [
          eq(signInFailures.key, `address:${target.address.toLowerCase()}`),
          like(signInFailures.key, `pair:%|${likeLiteral(target.address)}`),
        ]
      : []),
  ];
  const cleared = await db
    .delete(signInFailures)
    .where(or(...conditions))
    .returning({ key: signInFailures.key });
  return cleared.length;
}

/** Current throttle rows (for admins): forgotten ones left out. */
export async function listThrottles(db: Db, now = new Date()) {
  const since = new Date(now.getTime() - FORGET_AFTER_MS);
  return db
    .select()
    .from(signInFailures)
    .where(and(sql`${signInFailures.failures} > 0`, sql`not ${lt(signInFailures.lastFailureAt, since)}`))
    .orderBy(signInFailures.key);
}
