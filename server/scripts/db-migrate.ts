import { loadConfig } from '../config.ts';
import { runMigrations } from '../db/migrate.ts';
import { openConfiguredDatabase } from '../db/open.ts';
import { runScript } from './run-script.ts';

// `npm run db:migrate`: apply the committed migrations to the configured database (npm start does this too).
await runScript(async () => {
  const database = await openConfiguredDatabase(loadConfig(), 'db:migrate');
  try {
    await runMigrations(database);
    console.log(`Migrations applied (${database.kind}).`);
  } finally {
    await database.close();
  }
});
