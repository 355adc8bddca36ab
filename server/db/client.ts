import { PGlite } from '@electric-sql/pglite';
import type { PGliteOptions } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema/index.ts';
import { listenOnPostgres } from './pg-listener.ts';
import type { ListenHandlers } from './pg-listener.ts';

/** Both drivers share drizzle's pg-core surface; services only see this type. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
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
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    ping: async () => void (await db.execute(sql`select 1`)),
    close: () => client.close(),
    // In one process nothing can drop, so onReconnect never fires.
    listen: async (channel, handlers) => {
      const unsubscribe = await client.listen(channel, handlers.onNotice);
      return () => unsubscribe();
    },
  };
}

/** A pooled PostgreSQL connection. */
export async function openPostgres(
  url: string,
  poolSize = 10,
  applicationName = 'accord-tracker',
): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    // pg_stat_activity shows whose connections these are (the listener has its own name).
    application_name: applicationName,
  });
  // An idle connection that the server ends (restart, failover, a dropped test database) is reported
  // here; unhandled, it would crash the process. The pool has already discarded it and opens a new one.
  pool.on('error', () => {});
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    url,
    ping: async () => void (await db.execute(sql`select 1`)),
    close: () => pool.end(),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    listen: (channel, handlers) => listenOnPostgres(url, channel, handlers),
  };
}

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
