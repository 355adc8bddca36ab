import { loadConfig } from '../config.ts';
import { runMigrations } from '../db/migrate.ts';
import { openConfiguredDatabase } from '../db/open.ts';
import { seedTrackedRecord } from '../db/seed/seed-record.ts';
import { RELATIONS_2018 } from '../db/seed/seed-relations.ts';
import { upgradeSeed } from '../db/seed/upgrade-seed.ts';
import { pyongyang2018Developments, pyongyang2018Seed, SEED_REVIEWED_ON } from '../db/seed/pyongyang-2018.ts';
import { runScript } from './run-script.ts';

// `npm run db:seed`: seed the Pyongyang 2018 data into an empty database; never over existing data.
// `npm run db:seed -- --upgrade`: bring a database seeded with the earlier record up to the corrected one,
// as audited writes (superseded entries retracted with the review as reason); analysts' entries stay.
await runScript(async () => {
  const database = await openConfiguredDatabase(loadConfig(), 'db:seed');
  try {
    await runMigrations(database);
    if (process.argv.includes('--upgrade')) {
      const upgraded = await upgradeSeed(
        database.db,
        pyongyang2018Seed,
        pyongyang2018Developments,
        SEED_REVIEWED_ON,
        new Date(),
        RELATIONS_2018,
      );
      console.log(
        `Upgraded: ${upgraded.retracted} entries retracted, ${upgraded.added} added, ` +
          `${upgraded.developments} developments, ${upgraded.edited} agreements or commitments edited or added, ` +
          `${upgraded.reviews} reviews recorded, ${upgraded.relations} relations added.`,
      );
      return;
    }
    const result = await seedTrackedRecord(database.db);
    console.log(
      result.seeded
        ? `Seeded ${result.agreements} agreements, ${result.commitments} commitments, ${result.updates} updates.`
        : `Nothing seeded: ${result.reason}.`,
    );
  } finally {
    await database.close();
  }
});
