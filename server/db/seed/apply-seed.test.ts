import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { queryRows } from '../client.ts';
import type { Database } from '../client.ts';
import { auditEvents } from '../schema/index.ts';
import { TEST_DATABASE_KINDS, openTestDatabase } from '../../test-support/databases.ts';
import { makeAgreement, makeCommitment, makeUpdate } from '../../test-support/factories.ts';
import { seedIfEmpty } from './apply-seed.ts';
import type { SeedDevelopment } from './seed-types.ts';

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
      developments: 0,
    });
    expect(await countRows(database)).toEqual({ agreements: 2, commitments: 3, updates: 2, sources: 3 });
    expect(await seedIfEmpty(database.db, seed)).toMatchObject({ seeded: false });
    expect(await countRows(database)).toEqual({ agreements: 2, commitments: 3, updates: 2, sources: 3 });
  });

  it('writes a development as one linked update per effect, in date order, and reviews every commitment', async () => {
    database = await openTestDatabase(kind);
    const [first, second] = [makeCommitment(), makeCommitment()];
    const withDevelopment = [makeAgreement({ commitments: [first!, second!] })];
    const development: SeedDevelopment = {
      effectiveOn: '2020-06-16',
      actors: ['DPRK'],
      summary: 'The liaison office was blown up.',
      sources: [{ url: 'https://example.org/office', title: 'Office destroyed', kind: 'news' }],
      effects: [
        { commitment: first!.slug, status: 'reversed' },
        { commitment: second!.slug, status: 'stalled' },
      ],
    };
    const result = await seedIfEmpty(database.db, withDevelopment, {
      developments: [{ ...development, effects: [...development.effects] }],
      reviewedOn: '2026-02-19',
    });
    expect(result).toMatchObject({ seeded: true, updates: 2, developments: 1 });
    const rows = await queryRows<{ status: string; linked: boolean; actors: string[] }>(
      database.db,
      sql`select status, development_id is not null as linked, actors from status_updates order by id`,
    );
    expect(rows).toEqual([
      { status: 'reversed', linked: true, actors: ['DPRK'] },
      { status: 'stalled', linked: true, actors: ['DPRK'] },
    ]);
    const [reviews] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from commitment_reviews where reviewed_on = '2026-02-19'`,
    );
    expect(reviews!.n).toBe(2);
  });

  it('seeds despite account events, but never over a database whose data was edited', async () => {
    database = await openTestDatabase(kind);
    await database.db
      .insert(auditEvents)
      .values({ actor: 'admin', action: 'user.created', entity: 'user:first' });
    expect(await seedIfEmpty(database.db, seed)).toMatchObject({ seeded: true });
    await database.db.execute(
      sql`truncate agreement_relations, commitment_relations, update_sources, status_updates, commitment_reviews, developments, commitments, agreements`,
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
