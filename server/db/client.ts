import { PGlite } from '@electric-sql/pglite';
import type { PGliteOptions } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import * as schema from './schema/index.ts';
import { HealingPool } from './healing-pool.ts';
import { syncAfterWrites } from './pglite-durability.ts';
import type { DataDirSync } from './pglite-durability.ts';
import { APP_APPLICATION_NAME } from './pg-errors.ts';
import { listenOnPostgres } from './pg-listener.ts';
import { DEFAULT_TIMEOUTS, withTimeout } from './timeouts.ts';
import type { DatabaseTimeouts } from './timeouts.ts';
import type { ListenHandlers } from './pg-listener.ts';

/** Both drivers share drizzle's pg-core surface; services only see this type. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** PGlite on disk: the fsyncs that make acknowledged writes survive an OS crash (decision 035). */
  durability?: DataDirSync;
  /** For PostgreSQL: the URL, so other connections (migrations, LISTEN) can be opened. */
  url?: string;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** PostgreSQL only: the pool's connections (for /metrics). */
  poolStats?(): { total: number; idle: number; waiting: number };
  /** LISTENs on a channel (PostgreSQL: on a dedicated, self-healing connection). Resolves to a stop function. */
  listen(channel: string, handlers: ListenHandlers): Promise<() => Promise<void>>;
}

/** An embedded PGlite database; in memory when dataDir is undefined (tests). */
export async function openPglite(dataDir?: string, options: PGliteOptions = {}): Promise<Database> {
  const client = dataDir ? await PGlite.create(dataDir, options) : await PGlite.create(options);
  const durability = dataDir ? syncAfterWrites(client, dataDir) : undefined;
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    durability,
    ping: async () =>
      void (await withTimeout(db.execute(sql`select 1`), DEFAULT_TIMEOUTS.readinessMs, 'the database')),
    close: () => client.close(),
    // In one process nothing can drop, so onReconnect never fires.
    listen: async (channel, handlers) => {
      const unsubscribe = await client.listen(channel, handlers.onNotice);
      return () => unsubscribe();
    },
  };
}

/** A pooled PostgreSQL connection, with timeouts on everything (server/db/timeouts.ts). */
export async function openPostgres(
  url: string,
  poolSize = 10,
  timeouts: DatabaseTimeouts = DEFAULT_TIMEOUTS,
  applicationName = APP_APPLICATION_NAME,
): Promise<Database> {
  const pool = new HealingPool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: timeouts.connectMs,
    // pg_stat_activity shows whose connections these are (the listener has its own name).
    application_name: applicationName,
    statement_timeout: timeouts.statementMs,
    lock_timeout: timeouts.lockMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    query_timeout: timeouts.queryMs,
    keepAlive: true,
  });
  // An idle connection that the server ends (restart, failover, a dropped test database) is reported
  // here; unhandled, it would crash the process. The pool has already discarded it and opens a new one.
  pool.on('error', () => {});
  // A connection that is checked out (inside a transaction, between two statements) has no pool
  // listener: its 'error' would be unhandled and kill the process. The statement in flight, or the
  // next one, fails on its own and the request answers 503; the pool drops the broken connection.
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  // Readiness includes the LISTEN connection: without it this instance would serve stale caches.
  const listeners = { lost: 0 };
  return {
    db,
    kind: 'postgres',
    url,
    ping: async () => {
      if (listeners.lost > 0) throw new Error('The change listener is reconnecting: Connection terminated');
      await withTimeout(db.execute(sql`select 1`), timeouts.readinessMs, 'the database');
    },
    close: () => withTimeout(pool.end(), timeouts.connectMs, 'closing the pool').catch(() => {}),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    listen: (channel, handlers) => {
      let lost = false;
      const mark = (now: boolean) => {
        if (now !== lost) listeners.lost += now ? 1 : -1;
        lost = now;
      };
      return listenOnPostgres(
        url,
        channel,
        {
          ...handlers,
          onLost: () => (mark(true), handlers.onLost?.()),
          onReconnect: () => (mark(false), handlers.onReconnect()),
        },
        timeouts,
      );
    },
  };
}

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
