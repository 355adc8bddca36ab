import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadConfig } from '../config.ts';
import type { Backup } from '../db/backup/backup.ts';
import { RestoreError, restoreBackup } from '../db/backup/restore.ts';
import { runMigrations } from '../db/migrate.ts';
import { openConfiguredDatabase } from '../db/open.ts';
import { ScriptError, runScript } from './run-script.ts';

const USAGE =
  'Usage: npm run db:restore -- FILE.json.gz   (into an empty DATA_DIR or a new PostgreSQL database)';

function readBackup(file: string): Backup {
  try {
    return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as Backup;
  } catch (error) {
    throw new ScriptError(`Cannot read ${file} as a backup: ${(error as Error).message}\n${USAGE}`);
  }
}

// `npm run db:restore -- FILE`: puts a db:backup file back into an empty database, ids and all, in one
// transaction; anything else is refused and nothing is changed.
await runScript(async () => {
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  if (args.length !== 1 || args[0]!.startsWith('-')) throw new ScriptError(`Give one file.\n${USAGE}`);
  const file = resolve(args[0]!);
  const backup = readBackup(file);
  const database = await openConfiguredDatabase(loadConfig(), 'db:restore');
  try {
    await runMigrations(database);
    const counts = await restoreBackup(database.db, backup);
    const rows = Object.entries(counts).map(([table, n]) => `${table} ${n}`);
    console.log(`Restored ${file} (taken ${backup.createdAt}) into ${database.kind}: ${rows.join(', ')}.`);
  } catch (error) {
    if (error instanceof RestoreError) throw new ScriptError(error.message);
    throw error;
  } finally {
    await database.close();
  }
});
