import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';

export const PURGE_EVERY_MS = 60 * 60 * 1000;
/** Throttle rows are forgotten after an hour (throttle.ts); a day later nobody needs them. */
const THROTTLE_KEEP = '1 day';
/** Failed and throttled sign-ins: kept long enough to investigate an attack, then dropped (decision 047). */
export const AUDIT_NOISE_KEEP = '90 days';
export const AUDIT_NOISE_ACTIONS = ['session.failed', 'session.throttled'];

export interface PurgeResult {
  sessions: number;
  throttleRows: number;
  auditNoise: number;
}

async function deleted(db: Db, query: ReturnType<typeof sql>): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`with gone as (${query} returning 1) select count(*)::int as n from gone`,
  );
  return rows[0]?.n ?? 0;
}

/**
 * Deletes what nobody needs any more: expired sessions, stale throttle rows, old failed sign-ins. Data
 * changes in the audit log are never touched (feeds and Last-Event-ID rely on their ids).
 */
export async function purgeExpired(db: Db, now = new Date()): Promise<PurgeResult> {
  const at = now.toISOString();
  return {
    sessions: await deleted(db, sql`delete from sessions where expires_at < ${at}::timestamptz`),
    throttleRows: await deleted(
      db,
      sql`delete from sign_in_failures where last_failure_at < ${at}::timestamptz - ${THROTTLE_KEEP}::interval
            and (blocked_until is null or blocked_until < ${at}::timestamptz)`,
    ),
    auditNoise: await deleted(
      db,
      sql`delete from audit_events where at < ${at}::timestamptz - ${AUDIT_NOISE_KEEP}::interval
            and action in (${sql.join(
              AUDIT_NOISE_ACTIONS.map((action) => sql`${action}`),
              sql`, `,
            )})`,
    ),
  };
}

/** Purges once shortly after start, then every hour; several instances doing so is harmless. Returns stop. */
export function schedulePurge(db: Db, logger: Logger, everyMs = PURGE_EVERY_MS): () => void {
  const run = () =>
    purgeExpired(db).then(
      (result) => logger.info('housekeeping', { ...result }),
      (error: unknown) => logger.warn('housekeeping failed', { error: String(error) }),
    );
  const first = setTimeout(run, 60_000).unref();
  const timer = setInterval(run, everyMs).unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
