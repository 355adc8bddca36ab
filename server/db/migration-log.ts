import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Logger } from '../logger.ts';
import type { Database } from './client.ts';
import { queryRows } from './client.ts';
import { migrationsFolder, runMigrations } from './migrate.ts';

async function appliedCount(database: Database): Promise<number> {
  const [table] = await queryRows<{ name: string | null }>(
    database.db,
    sql`select to_regclass('drizzle.__drizzle_migrations')::text as name`,
  );
  if (!table?.name) return 0;
  const [row] = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  return row?.n ?? 0;
}

/** Runs the migrations and logs each one that this start applied, by its name in the journal. */
export async function migrateAndLog(database: Database, logger: Logger): Promise<void> {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  const before = await appliedCount(database);
  await runMigrations(database);
  const after = await appliedCount(database);
  for (const entry of journal.entries.slice(before, after))
    logger.info('migration applied', { migration: entry.tag });
  logger.info('migrations up to date', { applied: after, database: database.kind });
}
