import { loadConfig } from '../config.ts';
import { runMigrations } from '../db/migrate.ts';
import { openConfiguredDatabase } from '../db/open.ts';
import { seedIfEmpty } from '../db/seed/apply-seed.ts';
import { pyongyang2018Developments, pyongyang2018Seed, SEED_REVIEWED_ON } from '../db/seed/pyongyang-2018.ts';
import { runScript } from './run-script.ts';

// `npm run db:seed`: seed the Pyongyang 2018 data into an empty database; never over existing data.
await runScript(async () => {
  const database = await openConfiguredDatabase(loadConfig(), 'db:seed');
  try {
    await runMigrations(database);
    const result = await seedIfEmpty(database.db, pyongyang2018Seed, {
      developments: pyongyang2018Developments,
      reviewedOn: SEED_REVIEWED_ON,
    });
    console.log(
      result.seeded
        ? `Seeded ${result.agreements} agreements, ${result.commitments} commitments, ${result.updates} updates.`
        : `Nothing seeded: ${result.reason}.`,
    );
  } finally {
    await database.close();
  }
});
