import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../client.ts';
import type { Database } from '../client.ts';
import { commitments, statusUpdates } from '../schema/index.ts';
import { insertUpdate } from '../../features/commitments/insert-update.ts';
import { TEST_DATABASE_KINDS, openTestDatabase } from '../../test-support/databases.ts';
import { statusesOn } from '../../test-support/seed-statuses.ts';
import { seedIfEmpty } from './apply-seed.ts';
import { pyongyang2018Developments, pyongyang2018Seed } from './pyongyang-2018.ts';
import { SEED_REVIEWED_ON, TRACKED_AGREEMENTS, TRACKED_DEVELOPMENTS } from './tracked-record.ts';
import { upgradeSeed } from './upgrade-seed.ts';

const ANALYST_SLUG = 'kim-seoul-visit';

/** Rows a fresh seed and an upgraded database must agree on. */
const countsOf = async (database: Database) =>
  (
    await queryRows<{ agreements: number; commitments: number; developments: number; reviews: number }>(
      database.db,
      sql`select (select count(*)::int from agreements) as agreements,
                 (select count(*)::int from commitments) as commitments,
                 (select count(*)::int from developments) as developments,
                 (select count(*)::int from commitment_reviews) as reviews`,
    )
  )[0];

describe.each(TEST_DATABASE_KINDS)('db:seed --upgrade from the Pyongyang record on %s', (kind) => {
  let upgraded: Database;
  let fresh: Database;
  let analystUpdateId: number;
  let firstRun: Awaited<ReturnType<typeof upgradeSeed>>;

  beforeAll(async () => {
    [upgraded, fresh] = await Promise.all([openTestDatabase(kind), openTestDatabase(kind)]);
    await seedIfEmpty(upgraded.db, pyongyang2018Seed, {
      developments: pyongyang2018Developments,
      reviewedOn: SEED_REVIEWED_ON,
    });
    // An analyst's own entry, written after the seed: the upgrade must leave it as it is.
    const [target] = await upgraded.db.select().from(commitments).where(eq(commitments.slug, ANALYST_SLUG));
    analystUpdateId = await insertUpdate(upgraded.db, {
      commitmentId: target!.id,
      status: 'abandoned',
      effectiveOn: '2026-02-01',
      datePrecision: 'day',
      actors: ['DPRK'],
      standing: 'confirmed',
      meetsDeadline: false,
      summary: 'An analyst’s own note.',
      summaryKo: '분석가의 기록.',
      sources: [{ url: 'https://example.org/note', title: 'Note', publisher: 'Example', kind: 'other' }],
      authorId: null,
      authorName: 'An analyst',
    });
    firstRun = await upgradeSeed(upgraded.db, TRACKED_AGREEMENTS, TRACKED_DEVELOPMENTS, SEED_REVIEWED_ON);
    await seedIfEmpty(fresh.db, TRACKED_AGREEMENTS, {
      developments: TRACKED_DEVELOPMENTS,
      reviewedOn: SEED_REVIEWED_ON,
    });
  }, 360_000);
  afterAll(async () => {
    await upgraded?.close();
    await fresh?.close();
  });

  it('adds the two agreements and their commitments, retracting nothing', async () => {
    expect(firstRun.retracted).toBe(0);
    expect(firstRun.edited).toBe(2 + 19); // two agreements and their commitments created
    expect(await countsOf(upgraded)).toEqual(await countsOf(fresh));
  });

  it('keeps one development per event: shared events gain effects instead of being written twice', async () => {
    const newEvents = TRACKED_DEVELOPMENTS.length - pyongyang2018Developments.length;
    expect(firstRun.developments).toBe(newEvents);
    const [shared] = await queryRows<{ n: number }>(
      upgraded.db,
      sql`select count(distinct su.commitment_id)::int as n from status_updates su
          join developments d on d.id = su.development_id
          where d.effective_on = '2020-06-16' and su.retracted_at is null`,
    );
    expect(shared!.n).toBe(TRACKED_DEVELOPMENTS.find((d) => d.effectiveOn === '2020-06-16')!.effects.length);
  });

  it('gives every seeded commitment the statuses of a fresh seed, and leaves the analyst’s entry alone', async () => {
    const [after, expected] = await Promise.all([statusesOn(upgraded), statusesOn(fresh)]);
    expect(after[ANALYST_SLUG]!.at(-1)).toBe('abandoned');
    delete after[ANALYST_SLUG];
    delete expected[ANALYST_SLUG];
    expect(after).toEqual(expected);
    const [analyst] = await upgraded.db
      .select()
      .from(statusUpdates)
      .where(eq(statusUpdates.id, analystUpdateId));
    expect(analyst).toMatchObject({
      authorName: 'An analyst',
      retractedAt: null,
      summary: 'An analyst’s own note.',
    });
  });

  it('changes nothing when run again', async () => {
    const again = await upgradeSeed(upgraded.db, TRACKED_AGREEMENTS, TRACKED_DEVELOPMENTS, SEED_REVIEWED_ON);
    expect(again).toEqual({ retracted: 0, added: 0, developments: 0, reviews: 0, edited: 0, relations: 0 });
  });
});
