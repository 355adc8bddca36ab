import type { Db } from '../client.ts';
import { seedIfEmpty } from './apply-seed.ts';
import type { SeedResult } from './apply-seed.ts';
import { RELATIONS_2018 } from './seed-relations.ts';
import { SEED_REVIEWED_ON, TRACKED_AGREEMENTS, TRACKED_DEVELOPMENTS } from './tracked-record.ts';

/** Seeds the tracker's record (agreements, developments, the review day) into an empty database, once. */
export function seedTrackedRecord(db: Db): Promise<SeedResult> {
  return seedIfEmpty(db, TRACKED_AGREEMENTS, {
    developments: TRACKED_DEVELOPMENTS,
    reviewedOn: SEED_REVIEWED_ON,
    relations: RELATIONS_2018,
  });
}
