import type { Db } from '../client.ts';
import { seedIfEmpty } from './apply-seed.ts';
import type { SeedResult } from './apply-seed.ts';
import { RELATIONS_2018 } from './seed-relations.ts';
import { pyongyang2018Developments, pyongyang2018Seed, SEED_REVIEWED_ON } from './pyongyang-2018.ts';

/** Seeds the tracker's record (agreements, developments, the review day) into an empty database, once. */
export function seedTrackedRecord(db: Db): Promise<SeedResult> {
  return seedIfEmpty(db, pyongyang2018Seed, {
    developments: pyongyang2018Developments,
    reviewedOn: SEED_REVIEWED_ON,
    relations: RELATIONS_2018,
  });
}
