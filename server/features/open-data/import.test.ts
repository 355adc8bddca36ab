import { isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDataSchema } from '../../../shared/contracts/export.ts';
import type { ExportData } from '../../../shared/contracts/export.ts';
import { dashboardSchema } from '../../../shared/contracts/public.ts';
import type { Database } from '../../db/client.ts';
import { statusUpdates } from '../../db/schema/index.ts';
import { pyongyang2018Seed } from '../../db/seed/pyongyang-2018.ts';
import { TEST_DATABASE_KINDS, openTestDatabase } from '../../test-support/databases.ts';
import { snapshotData } from '../../test-support/snapshot.ts';
import { serveDatabase, startTestServer } from '../../test-support/test-server.ts';
import type { TestServer } from '../../test-support/test-server.ts';
import { createUser } from '../users/service.ts';
import { ImportError, importDataset } from './import-service.ts';
import { openDataAgreement, retractOverHttp, trickyCommitment } from './test-fixtures.ts';

const ACTOR = { username: 'test-import', requestId: 'test', clientAddress: null };

/** What must survive a round trip: everything but the export time and the ids the database assigns. */
function normalized(data: ExportData) {
  const { generatedAt: _generatedAt, ...rest } = data;
  return { ...rest, updates: rest.updates.map(({ id: _id, ...update }) => update) };
}

async function exportOf(server: TestServer): Promise<ExportData> {
  return exportDataSchema.parse(await (await server.get('/api/v1/export.json')).json());
}

/** The import's problems, or a failure when it did not refuse. */
async function refusal(database: Database, input: unknown): Promise<string[]> {
  try {
    await importDataset(database.db, input, ACTOR);
  } catch (error) {
    if (error instanceof ImportError) return error.problems;
    throw error;
  }
  throw new Error('the import was not refused');
}

describe.each(TEST_DATABASE_KINDS)('export -> import -> export on %s', (kind) => {
  let source: TestServer;
  let exported: ExportData;

  beforeAll(async () => {
    source = await startTestServer(kind, [...pyongyang2018Seed, openDataAgreement]);
    await retractOverHttp(source, trickyCommitment.slug, '2019-02-01', 'Wrong date, see the minutes');
    exported = await exportOf(source);
  });
  afterAll(() => source?.close());

  it('gives back the same data, with publication and retraction times and bylines', async () => {
    const target = await serveDatabase(await openTestDatabase(kind));
    try {
      const result = await importDataset(target.database.db, exported, ACTOR);
      expect(result).toEqual({
        agreements: 3,
        commitments: 25,
        updates: 79 + 3,
        retracted: 1,
        sources: exported.updates.reduce((sum, update) => sum + update.sources.length, 0),
      });
      const again = await exportOf(target);
      expect(normalized(again)).toEqual(normalized(exported));
      const retracted = again.updates.find((update) => update.retraction)!;
      expect(retracted.retraction!.by).toMatch(/^Test analyst /);
      expect(again.updates.filter((update) => update.author === 'Accord Tracker editors')).toHaveLength(82);

      // Imported bylines are names only; the status rule gives the same answers on both sides.
      const withAccounts = await target.database.db
        .select({ id: statusUpdates.id })
        .from(statusUpdates)
        .where(isNotNull(statusUpdates.authorId));
      expect(withAccounts).toHaveLength(0);
      const statuses = async (server: TestServer, asOf: string) =>
        dashboardSchema
          .parse(await (await server.get(`/api/v1/dashboard?asOf=${asOf}`)).json())
          .commitments.map((c) => [c.slug, c.status, c.lastUpdateOn]);
      for (const asOf of ['2018-12-31', '2021-06-30', '2026-02-19'])
        expect(await statuses(target, asOf)).toEqual(await statuses(source, asOf));

      // The database now holds data: a second import is refused and changes nothing.
      const before = await snapshotData(target.database);
      expect((await refusal(target.database, exported))[0]).toMatch(
        /^The database is not empty \(3 agreements, 25 commitments, 82 updates\)/,
      );
      expect(await snapshotData(target.database)).toEqual(before);
    } finally {
      await target.close();
    }
  });

  describe('refuses a broken file, naming the record, and writes nothing', () => {
    let target: Database;
    let before: Awaited<ReturnType<typeof snapshotData>>;
    const broken = (change: (data: ExportData) => void): unknown => {
      const copy = structuredClone(exported);
      change(copy);
      return copy;
    };
    const expectRefused = async (input: unknown, ...messages: (string | RegExp)[]) => {
      const problems = await refusal(target, input);
      for (const message of messages)
        expect(problems).toContainEqual(
          typeof message === 'string' ? message : expect.stringMatching(message),
        );
      expect(await snapshotData(target)).toEqual(before);
    };

    beforeAll(async () => {
      target = await openTestDatabase(kind);
      // An account made before the import is fine (as with the seed); it must stay as it is.
      await createUser(target.db, ACTOR, {
        username: 'first-admin',
        displayName: 'First Admin',
        role: 'admin',
        password: 'a-long-test-password-42',
      });
      before = await snapshotData(target);
    });
    afterAll(() => target?.close());

    it('a different format version', async () => {
      await expectRefused(
        broken((data) => Object.assign(data, { formatVersion: 2 })),
        'formatVersion: this file has format version 2; this version of Accord Tracker reads version 1',
      );
      await expectRefused({ agreements: [] }, /^formatVersion: this file has format version none/);
      await expectRefused([1, 2], 'file: expected a JSON object (an Accord Tracker export)');
    });

    it('a reference to a record that is not in the file', async () => {
      const effectiveOn = exported.updates[5]!.effectiveOn;
      await expectRefused(
        broken((data) => {
          data.updates[5]!.commitment = 'not-in-this-file';
          data.commitments[2]!.agreement = 'no-such-agreement';
        }),
        `updates[5] (commitment "not-in-this-file", effectiveOn ${effectiveOn}): commitment: no commitment "not-in-this-file" in this file`,
        `commitments[2] (slug "${exported.commitments[2]!.slug}"): agreement: no agreement "no-such-agreement" in this file`,
      );
    });

    it('invalid values: an unknown category or status, an impossible date, a missing source', async () => {
      const slug = exported.commitments[3]!.slug;
      await expectRefused(
        broken((data) => {
          Object.assign(data.commitments[3]!, { category: 'sports' });
          Object.assign(data.updates[0]!, { status: 'done' });
          data.updates[1]!.effectiveOn = '2019-02-30';
          data.updates[2]!.sources = [];
          data.updates[3]!.sources[0]!.url = 'javascript:alert(1)';
        }),
        new RegExp(`^commitments\\[3\\] \\(slug "${slug}"\\): category: Invalid option`),
        /^updates\[0\] \(commitment "cma-adoption", effectiveOn 2018-09-19\): status: Invalid option/,
        /^updates\[1\] \(commitment "[a-z-]+", effectiveOn 2019-02-30\): effectiveOn: Expected a real date/,
        /^updates\[2\] \(.*\): sources: Add at least one source$/,
        /^updates\[3\] \(.*\): sources\.0\.url: Enter a full http:\/\/ or https:\/\/ address$/,
      );
    });

    it('the same slug twice, and an unknown field', async () => {
      const slug = exported.commitments[3]!.slug;
      await expectRefused(
        broken((data) => {
          data.commitments[4]!.slug = slug;
        }),
        `commitments[4] (slug "${slug}"): slug: the same slug as commitments[3]`,
      );
      await expectRefused(
        broken((data) => Object.assign(data.agreements[0]!, { signatories: ['x'] })),
        /^agreements\[0\] \(slug "pyongyang-joint-declaration-2018"\): Unrecognized key: "signatories"/,
      );
    });

    it('still takes a good file afterwards', async () => {
      await importDataset(target.db, exported, ACTOR);
      expect((await snapshotData(target)).agreements).toHaveLength(3);
    });
  });
});
