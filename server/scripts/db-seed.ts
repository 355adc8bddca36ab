import { loadConfig } from '../config.ts';
import { runMigrations } from '../db/migrate.ts';
import { openConfiguredDatabase } from '../db/open.ts';
import { seedTrackedRecord } from '../db/seed/seed-record.ts';
import { RELATIONS_2018 } from '../db/seed/seed-relations.ts';
import { upgradeSeed } from '../db/seed/upgrade-seed.ts';
import { SEED_REVIEWED_ON, TRACKED_AGREEMENTS, TRACKED_DEVELOPMENTS } from '../db/seed/tracked-record.ts';
import { runScript } from './run-script.ts';

// `npm run db:seed`: seed the tracked 2018 agreements into an empty database; never over existing data.
// `npm run db:seed -- --upgrade`: bring a database seeded with an earlier record up to the current one (the
// corrected Pyongyang record, the Panmunjom and Singapore agreements),
// as audited writes (superseded entries retracted with the review as reason); analysts' entries stay.
await runScript(async () => {
  const database = await openConfiguredDatabase(loadConfig(), 'db:seed');
  try {
    await runMigrations(database);
    if (process.argv.includes('--upgrade')) {
      const upgraded = await upgradeSeed(
        database.db,
        TRACKED_AGREEMENTS,
        TRACKED_DEVELOPMENTS,
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
