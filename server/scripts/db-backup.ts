import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '../config.ts';
import { takeBackup } from '../db/backup/backup.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import { openConfiguredDatabase } from '../db/open.ts';
import { ScriptError, runScript } from './run-script.ts';

const USAGE = 'Usage: npm run db:backup -- FILE.json.gz';

// `npm run db:backup -- FILE`: every table, ids and sequences included, of the database the server uses
// (docs/deploy.md, "Backups"). The embedded database is locked by a running server: stop it first.
await runScript(async () => {
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  if (args.length !== 1 || args[0]!.startsWith('-')) throw new ScriptError(`Give one file.\n${USAGE}`);
  const file = resolve(args[0]!);
  if (existsSync(file)) throw new ScriptError(`${file} exists; give a new file name.`);
  const database = await openConfiguredDatabase(loadConfig(), 'db:backup').catch((error: unknown) => {
    if (!(error instanceof DataDirLockedError)) throw error;
    throw new ScriptError(
      `${error.message}\nThe embedded database can only be backed up while the server is stopped ` +
        '(stop it, back up, start it again; it takes seconds). With PostgreSQL, back up while running.',
    );
  });
  try {
    const backup = await takeBackup(database.db);
    // Written aside, then renamed: a backup file that exists is a complete one.
    writeFileSync(`${file}.partial`, gzipSync(JSON.stringify(backup)));
    renameSync(`${file}.partial`, file);
    const rows = Object.entries(backup.tables).map(([table, list]) => `${table} ${list.length}`);
    console.log(`Backed up ${database.kind} to ${file}: ${rows.join(', ')}.`);
  } finally {
    await database.close();
  }
});
