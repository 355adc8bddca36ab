import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { queryRows } from '../client.ts';
import type { Backup } from './backup.ts';
import { BACKUP_FORMAT } from './backup.ts';
import { appliedMigrations, listTables, tablesInDependencyOrder } from './catalog.ts';

export class RestoreError extends Error {}

const ROWS_PER_INSERT = 2_000;
/**
 * Tables that the migrations themselves fill with reference rows (the party registry): an empty database
 * already has them, so they do not count against "empty", and a restore replaces them with the backup's.
 */
const MIGRATION_FILLED = new Set(['parties']);
const table = (name: string) => sql`${sql.identifier('public')}.${sql.identifier(name)}`;

/** Refuses what would not come back whole: another format, another schema, a database that has data. */
async function check(db: Db, backup: Backup): Promise<void> {
  if (backup?.format !== BACKUP_FORMAT || backup.version !== 1)
    throw new RestoreError('This file is not an Accord Tracker backup (db:backup makes them).');
  const here = await appliedMigrations(db);
  if (here.join() !== backup.migrations.join())
    throw new RestoreError(
      `The backup's schema (${backup.migrations.length} migrations) differs from this release's (${here.length}). ` +
        'Restore with the release that made the backup, then upgrade.',
    );
  const tables = await listTables(db);
  const unknown = Object.keys(backup.tables).filter((name) => !tables.includes(name));
  if (unknown.length)
    throw new RestoreError(`The backup has tables this database lacks: ${unknown.join(', ')}.`);
  for (const name of tables.filter((name) => !MIGRATION_FILLED.has(name))) {
    const [row] = await queryRows<{ any: boolean }>(
      db,
      sql`select exists (select 1 from ${table(name)}) as any`,
    );
    if (row?.any)
      throw new RestoreError(
        `The database is not empty (table ${name} has rows). Restore into an empty DATA_DIR or a new PostgreSQL database.`,
      );
  }
}

/** Puts every row back with its ids, and every sequence where it was, in one transaction. */
export async function restoreBackup(db: Db, backup: Backup): Promise<Record<string, number>> {
  return db.transaction(async (tx) => {
    await check(tx, backup);
    const counts: Record<string, number> = {};
    for (const name of await tablesInDependencyOrder(tx)) {
      const rows = backup.tables[name] ?? [];
      if (MIGRATION_FILLED.has(name)) await tx.execute(sql`delete from ${table(name)}`);
      for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
        const batch = JSON.stringify(rows.slice(start, start + ROWS_PER_INSERT));
        await tx.execute(
          sql`insert into ${table(name)} select * from jsonb_populate_recordset(null::${table(name)}, ${batch}::jsonb)`,
        );
      }
      counts[name] = rows.length;
    }
    for (const sequence of backup.sequences) {
      await tx.execute(
        sql`select setval(format('%I.%I', 'public', ${sequence.name}::text)::regclass, ${sequence.lastValue}::bigint, ${sequence.isCalled})`,
      );
    }
    return counts;
  });
}
