import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { queryRows } from '../client.ts';
import type { Database } from '../client.ts';
import { auditEvents } from '../schema/index.ts';
import { TEST_DATABASE_KINDS, openTestDatabase } from '../../test-support/databases.ts';
import { makeAgreement, makeCommitment, makeUpdate } from '../../test-support/factories.ts';
import { seedIfEmpty } from './apply-seed.ts';

const seed = [
  makeAgreement({
    commitments: [
      makeCommitment({
        updates: [
          makeUpdate(),
          makeUpdate({
            sources: [
              { url: 'https://a.example', title: 'A', kind: 'news' },
              { url: 'https://b.example', title: 'B', kind: 'news' },
            ],
          }),
        ],
      }),
    ],
  }),
  makeAgreement({ commitments: [makeCommitment(), makeCommitment()] }),
];

async function countRows(database: Database) {
  type Counts = { agreements: number; commitments: number; updates: number; sources: number };
  const [counts] = await queryRows<Counts>(
    database.db,
    sql`
    select (select count(*)::int from agreements) as agreements, (select count(*)::int from commitments) as commitments,
           (select count(*)::int from status_updates) as updates, (select count(*)::int from update_sources) as sources`,
  );
  return counts;
}

describe.each(TEST_DATABASE_KINDS)('seedIfEmpty on %s', (kind) => {
  let database: Database | undefined;
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });

  it('seeds an empty database once; running again adds nothing', async () => {
    database = await openTestDatabase(kind);
    expect(await seedIfEmpty(database.db, seed)).toEqual({
      seeded: true,
      agreements: 2,
      commitments: 3,
      updates: 2,
    });
    expect(await countRows(database)).toEqual({ agreements: 2, commitments: 3, updates: 2, sources: 3 });
    expect(await seedIfEmpty(database.db, seed)).toMatchObject({ seeded: false });
    expect(await countRows(database)).toEqual({ agreements: 2, commitments: 3, updates: 2, sources: 3 });
  });

  it('seeds despite account events, but never over a database whose data was edited', async () => {
    database = await openTestDatabase(kind);
    await database.db
      .insert(auditEvents)
      .values({ actor: 'admin', action: 'user.created', entity: 'user:first' });
    expect(await seedIfEmpty(database.db, seed)).toMatchObject({ seeded: true });
    await database.db.execute(
      sql`truncate update_sources, status_updates, commitment_reviews, developments, commitments, agreements`,
    );
    await database.db
      .insert(auditEvents)
      .values({ actor: 'analyst', action: 'agreement.created', entity: 'agreement:x' });
    expect(await seedIfEmpty(database.db, seed)).toEqual({
      seeded: false,
      reason: 'the database has an edit history',
    });
    expect(await countRows(database)).toEqual({ agreements: 0, commitments: 0, updates: 0, sources: 0 });
  });

  it('seeds exactly once when two starts race', async () => {
    database = await openTestDatabase(kind);
    const results = await Promise.all([seedIfEmpty(database.db, seed), seedIfEmpty(database.db, seed)]);
    expect(results.filter((result) => result.seeded)).toHaveLength(1);
    expect(await countRows(database)).toEqual({ agreements: 2, commitments: 3, updates: 2, sources: 3 });
  });
});
