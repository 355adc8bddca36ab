import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitmentDetailSchema } from '../../../shared/contracts/public.ts';
import { TEST_DATABASE_KINDS, openTestDatabase } from '../../test-support/databases.ts';
import { makeAgreement, makeCommitment, makeUpdate } from '../../test-support/factories.ts';
import { signInAs, signInRequest } from '../../test-support/sessions.ts';
import { startTestServer } from '../../test-support/test-server.ts';
import type { TestServer } from '../../test-support/test-server.ts';
import type { Database } from '../client.ts';
import { takeBackup } from './backup.ts';
import type { Backup } from './backup.ts';
import { listTables, readSequences, readTable } from './catalog.ts';
import { restoreBackup } from './restore.ts';

const sources = [{ url: 'https://example.org/report', title: 'A report', publisher: 'Wire', kind: 'news' }];

/** Writes of every kind: accounts, sessions, a failed sign-in, published and retracted updates, edits. */
async function makeHistory(server: TestServer) {
  const analyst = await signInAs(server, 'analyst');
  await signInAs(server, 'admin');
  await signInRequest(server, analyst.username, 'a-wrong-password-123');
  const detail = async (slug: string) =>
    commitmentDetailSchema.parse(await (await server.get(`/api/v1/commitments/${slug}`)).json());
  for (const [i, slug] of ['keep', 'retract', 'keep'].entries()) {
    const before = await detail(slug);
    const published = await analyst.send('POST', `/api/v1/commitments/${slug}/updates`, {
      status: 'partial',
      actors: ['ROK'],
      effectiveOn: `2024-0${i + 1}-01`,
      summary: `Update ${i}`,
      sources,
      baseVersion: before.version,
    });
    expect(published.status).toBe(201);
  }
  const toRetract = await detail('retract');
  const retracted = await analyst.send('POST', `/api/v1/updates/${toRetract.updates[0]!.id}/retraction`, {
    reason: 'Wrong commitment',
    baseVersion: toRetract.version,
  });
  expect(retracted.status).toBe(200);
  // A development across both commitments, and a review: their tables must come back too.
  const [keep, retract] = [await detail('keep'), await detail('retract')];
  const development = await analyst.send('POST', '/api/v1/developments', {
    effectiveOn: '2024-06-04',
    actors: ['ROK'],
    summary: 'Suspended in full',
    sources,
    effects: [
      { commitmentSlug: 'keep', status: 'stalled', baseVersion: keep.version },
      { commitmentSlug: 'retract', status: 'stalled', baseVersion: retract.version },
    ],
  });
  expect(development.status).toBe(201);
  const review = await analyst.send('POST', '/api/v1/commitments/keep/reviews', { reviewedOn: '2025-01-01' });
  expect(review.status).toBe(201);
}

/** Every table's rows and every sequence, side by side; returns the table-by-table row counts. */
async function expectSameContent(source: Database, target: Database): Promise<Record<string, number>> {
  const tables = await listTables(source.db);
  expect(await listTables(target.db)).toEqual(tables);
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const rows = await readTable(source.db, table);
    expect(await readTable(target.db, table), `table ${table}`).toEqual(rows);
    counts[table] = rows.length;
  }
  expect(await readSequences(target.db)).toEqual(await readSequences(source.db));
  return counts;
}

describe.each(TEST_DATABASE_KINDS)('backup and restore (%s)', (kind) => {
  let server: TestServer;
  let backup: Backup;
  const targets: Database[] = [];

  beforeAll(async () => {
    const commitments = ['keep', 'retract'].map((slug) =>
      makeCommitment({ slug, updates: [makeUpdate({ status: 'in_progress', effectiveOn: '2019-01-01' })] }),
    );
    server = await startTestServer(kind, [makeAgreement({ slug: 'backed-up', commitments })]);
    await makeHistory(server);
    // Through text, as the file carries it.
    backup = JSON.parse(JSON.stringify(await takeBackup(server.database.db))) as Backup;
  });
  afterAll(async () => {
    await server?.close();
    for (const target of targets) await target.close();
  });

  it('restores every table and sequence into an empty database: users, audit, versions, ids', async () => {
    const target = await openTestDatabase(kind);
    targets.push(target);
    const restored = await restoreBackup(target.db, backup);
    const counts = await expectSameContent(server.database, target);
    expect(restored).toEqual(counts);
    // The history this test wrote is really in there (a comparison of two empty databases proves nothing).
    for (const table of [
      'users',
      'sessions',
      'audit_events',
      'status_updates',
      'update_sources',
      'sign_in_failures',
    ])
      expect(counts[table], table).toBeGreaterThan(0);
    console.log(`backup round trip (${kind}), rows per table, identical on both sides:`, counts);
  }, 90_000); // a whole backup and restore, table by table: over 30 s on a loaded machine

  it('refuses a database that has data, a foreign file and another schema, changing nothing', async () => {
    const target = targets[0]!; // restored by the test above
    await expect(restoreBackup(target.db, backup)).rejects.toThrow(/not empty/);
    await expectSameContent(server.database, target);

    const empty = await openTestDatabase(kind);
    targets.push(empty);
    await expect(restoreBackup(empty.db, { ...backup, format: 'x' } as unknown as Backup)).rejects.toThrow(
      /not an Accord Tracker backup/,
    );
    await expect(
      restoreBackup(empty.db, { ...backup, migrations: backup.migrations.slice(1) }),
    ).rejects.toThrow(/schema/);
    // Untouched: every table as a fresh migration leaves it (only the party registry has rows then).
    const fresh = await openTestDatabase(kind);
    targets.push(fresh);
    for (const table of await listTables(empty.db))
      expect(await readTable(empty.db, table), table).toEqual(await readTable(fresh.db, table));
  }, 90_000); // three refused restores and a table-by-table comparison: over 30 s on a loaded machine
});
