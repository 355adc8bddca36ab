import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadConfig } from '../config.ts';
import { runMigrations } from '../db/migrate.ts';
import { openConfiguredDatabase } from '../db/open.ts';
import { checkImportFile } from '../features/open-data/import-check.ts';
import { ImportError, importDataset } from '../features/open-data/import-service.ts';
import { ScriptError, runScript } from './run-script.ts';

const USAGE = 'Usage: npm run data:import -- FILE.json   (an export from GET /api/v1/export.json)';

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ScriptError(`Cannot read ${file}: ${(error as Error).message}\n${USAGE}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new ScriptError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

const refusal = (file: string, problems: string[]) =>
  new ScriptError(`nothing was imported from ${file}:\n  ${problems.join('\n  ')}`);

// `npm run data:import -- FILE.json`: loads an export into the (empty) database the server uses, in one
// transaction. The embedded database's lock makes this refuse while a server holds it.
await runScript(async () => {
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  if (args.length !== 1 || args[0]!.startsWith('-')) throw new ScriptError(`Give one file.\n${USAGE}`);
  const file = resolve(args[0]!);
  const input = await readJson(file);
  // A broken file is refused before the database is even opened.
  const check = checkImportFile(input);
  if (!check.ok) throw refusal(file, check.problems);
  const database = await openConfiguredDatabase(loadConfig(), 'data:import');
  try {
    await runMigrations(database);
    const result = await importDataset(database.db, input, {
      username: 'cli',
      requestId: 'data:import',
      clientAddress: null,
    });
    console.log(
      `Imported ${result.agreements} agreements, ${result.commitments} commitments and ${result.updates} ` +
        `updates (${result.retracted} retracted, ${result.sources} sources; ${result.developments} developments, ` +
        `${result.reviews} reviews) from ${file} (${database.kind}).`,
    );
  } catch (error) {
    if (error instanceof ImportError) throw refusal(file, error.problems);
    throw error;
  } finally {
    await database.close();
  }
});
