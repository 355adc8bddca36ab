import { isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDataSchema } from '../../../shared/contracts/export.ts';
import type { ExportData } from '../../../shared/contracts/export.ts';
import { commitmentDetailSchema, dashboardSchema } from '../../../shared/contracts/public.ts';
import type { Database } from '../../db/client.ts';
import { statusUpdates } from '../../db/schema/index.ts';
import { pyongyang2018Seed, SEEDED_DIRECT_UPDATES } from '../../db/seed/pyongyang-2018.ts';
import { TEST_DATABASE_KINDS, openTestDatabase } from '../../test-support/databases.ts';
import { snapshotData } from '../../test-support/snapshot.ts';
import { serveDatabase, startTestServer } from '../../test-support/test-server.ts';
import type { TestServer } from '../../test-support/test-server.ts';
import { signInAs } from '../../test-support/sessions.ts';
import { createUser } from '../users/service.ts';
import { ImportError, importDataset } from './import-service.ts';
import {
  deadlineCommitment,
  evidenceAgreement,
  openDataAgreement,
  recordEvidenceOverHttp,
  retractOverHttp,
  reviewedCommitment,
  trickyCommitment,
} from './test-fixtures.ts';
import { upgradeFromVersion1 } from './import-upgrade.ts';

const ACTOR = { username: 'test-import', requestId: 'test', clientAddress: null };

/**
 * What must survive a round trip: everything but the export time and the ids the database assigns
 * (a development is named by its position, so the links from updates must still point at the same one).
 */
function normalized(data: ExportData) {
  const { generatedAt: _generatedAt, ...rest } = data;
  const position = new Map(rest.developments.map((row, index) => [row.id, index]));
  return {
    ...rest,
    developments: rest.developments.map(({ id: _id, ...development }) => development),
    updates: rest.updates.map(({ id: _id, development, ...update }) => ({
      ...update,
      development: development === null ? null : position.get(development),
    })),
  };
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
    source = await startTestServer(kind, [...pyongyang2018Seed, openDataAgreement, evidenceAgreement]);
    await retractOverHttp(source, trickyCommitment.slug, '2019-02-01', 'Wrong date, see the minutes');
    await recordEvidenceOverHttp(source);
    // Relations travel too (format 3): one between agreements, one between clauses of two agreements.
    const admin = await signInAs(source, 'admin');
    const relate = async (path: string, body: unknown) =>
      expect((await admin.send('POST', path, body)).status).toBe(201);
    await relate('/api/v1/agreements/evidence-agreement/relations', {
      type: 'builds_on',
      agreementSlug: 'open-data-agreement',
      note: 'A note',
      noteKo: '메모',
    });
    await relate(`/api/v1/commitments/${reviewedCommitment.slug}/relations`, {
      kind: 'carries_out',
      commitmentSlug: trickyCommitment.slug,
    });
    exported = await exportOf(source);
  }, 120_000);
  afterAll(() => source?.close());

  it('gives back the same data, with publication and retraction times and bylines', async () => {
    const target = await serveDatabase(await openTestDatabase(kind));
    try {
      const result = await importDataset(target.database.db, exported, ACTOR);
      expect(result).toEqual({
        agreements: 4,
        commitments: pyongyang2018Seed.flatMap((a) => a.commitments).length + 4,
        developments: 1,
        updates: SEEDED_DIRECT_UPDATES + 3 + 1 + 2,
        retracted: 1,
        sources: exported.updates.reduce((sum, update) => sum + update.sources.length, 0),
        reviews: 1,
        relations: 2,
      });
      const again = await exportOf(target);
      expect(again.agreementRelations).toEqual([
        {
          agreement: 'evidence-agreement',
          type: 'builds_on',
          relatedAgreement: 'open-data-agreement',
          note: 'A note',
          noteKo: '메모',
        },
      ]);
      expect(again.commitmentRelations).toHaveLength(1);
      expect(normalized(again)).toEqual(normalized(exported));
      // Byte for byte, apart from the export time: the ids come out the same in a fresh database.
      const body = (data: ExportData) => JSON.stringify({ ...data, generatedAt: '' });
      expect(body(again)).toBe(body(exported));

      // The evidence model came through: the development still links its two updates, the review counts.
      expect(again.parties.map((party) => party.code)).toEqual(exported.parties.map((party) => party.code));
      const [development] = again.developments;
      expect(development).toMatchObject({
        datePrecision: 'month',
        effectiveOn: '2018-12-01',
        standing: 'disputed',
      });
      const linked = again.updates.filter((update) => update.development === development!.id);
      expect(linked.map((update) => [update.commitment, update.status, update.meetsDeadline])).toEqual([
        [deadlineCommitment.slug, 'implemented', true],
        [reviewedCommitment.slug, 'in_progress', false],
      ]);
      expect(linked[0]!.sources.map((source) => [source.kind, source.contests])).toEqual([
        ['official', false],
        ['analysis', true],
      ]);
      const detail = commitmentDetailSchema.parse(
        await (await target.get(`/api/v1/commitments/${reviewedCommitment.slug}`)).json(),
      );
      expect(detail.reviewedThrough).toBe('2020-03-01');
      expect(detail.developments[0]!.commitments.map((c) => c.slug)).toEqual([
        deadlineCommitment.slug,
        reviewedCommitment.slug,
      ]);
      const retracted = again.updates.find((update) => update.retraction)!;
      expect(retracted.retraction!.by).toMatch(/^Test analyst /);
      expect(again.updates.filter((update) => update.author === 'Accord Tracker editors')).toHaveLength(
        SEEDED_DIRECT_UPDATES + 4,
      );

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
        new RegExp(
          `^The database is not empty \\(4 agreements, ${pyongyang2018Seed.flatMap((a) => a.commitments).length + 4} commitments, ${SEEDED_DIRECT_UPDATES + 6} updates\\)`,
        ),
      );
      expect(await snapshotData(target.database)).toEqual(before);
    } finally {
      await target.close();
    }
  }, 120_000);

  it('still reads a format-2 export (before relations), with none', async () => {
    const {
      agreementRelations: _a,
      commitmentRelations: _c,
      ...version2
    } = { ...exported, formatVersion: 2 };
    const target = await serveDatabase(await openTestDatabase(kind));
    try {
      expect(await importDataset(target.database.db, version2, ACTOR)).toMatchObject({ relations: 0 });
      const again = await exportOf(target);
      expect([again.formatVersion, again.agreementRelations, again.commitmentRelations]).toEqual([3, [], []]);
      expect(again.updates).toHaveLength(exported.updates.length);
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

    it('a format version it does not read', async () => {
      await expectRefused(
        broken((data) => Object.assign(data, { formatVersion: 4 })),
        'formatVersion: this file has format version 4; this version of Accord Tracker reads versions 1, 2 and 3',
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

    it('relations that point at missing records, at themselves, or within one agreement', async () => {
      const [agreement] = exported.agreements;
      const [first, second] = exported.commitments;
      await expectRefused(
        broken((data) => {
          data.agreementRelations = [
            {
              agreement: agreement!.slug,
              type: 'implements',
              relatedAgreement: 'nowhere',
              note: null,
              noteKo: null,
            },
            {
              agreement: agreement!.slug,
              type: 'implements',
              relatedAgreement: agreement!.slug,
              note: null,
              noteKo: null,
            },
          ];
          data.commitmentRelations = [
            {
              commitment: first!.slug,
              kind: 'repeats',
              relatedCommitment: second!.slug,
              note: null,
              noteKo: null,
            },
          ];
        }),
        'agreementRelations[0]: relatedAgreement: no agreement "nowhere" in this file',
        'agreementRelations[1]: relatedAgreement: an agreement cannot relate to itself',
        'commitmentRelations[0]: relatedCommitment: must be a commitment of another agreement',
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

    it('evidence-model rules: dangling development, disputed without a note, deadline to meet, unknown party', async () => {
      const linked = exported.updates.findIndex((update) => update.development !== null);
      const plain = exported.updates.findIndex((update) => update.commitment === trickyCommitment.slug);
      await expectRefused(
        broken((data) => {
          data.updates[linked]!.development = 999;
          Object.assign(data.updates[plain]!, {
            standing: 'disputed',
            disputeNote: null,
            meetsDeadline: true,
          });
          data.reviews[0]!.commitment = 'no-such-commitment';
        }),
        /^updates\[\d+\] \(.*\): development: no development 999 in this file$/,
        /^updates\[\d+\] \(.*\): disputeNote: a disputed record says who disputes it and why$/,
        /^updates\[\d+\] \(.*\): meetsDeadline: its commitment has no deadline$/,
        /^reviews\[0\] \(commitment "no-such-commitment", reviewedOn 2020-03-01\): commitment: no commitment/,
      );
      await expectRefused(
        broken((data) => {
          data.updates[linked]!.actors = ['XX'];
        }),
        `updates[${linked}]: actors: unknown party "XX"`,
      );
      await expectRefused(
        broken((data) => Object.assign(data.updates[0]!.sources[0]!, { kind: undefined })),
        /^updates\[0\] \(.*\): sources\.0\.kind: Invalid option/,
      );
    });

    it('still takes a good file afterwards', async () => {
      await importDataset(target.db, exported, ACTOR);
      expect((await snapshotData(target)).agreements).toHaveLength(4);
    });
  });
});

describe.each(TEST_DATABASE_KINDS)('a format-1 file (before the evidence model) on %s', (kind) => {
  it('still imports, upgraded with the defaults the migration gives old rows', async () => {
    const source = await startTestServer(kind, [openDataAgreement]);
    let current: ExportData;
    try {
      current = await exportOf(source);
    } finally {
      await source.close();
    }
    const version1 = {
      formatVersion: 1,
      generatedAt: current.generatedAt,
      agreements: current.agreements.map(({ placeKo: _p, summaryKo: _s, ...agreement }) => agreement),
      commitments: current.commitments.map(
        ({ textKo: _t, deadlineNoteKo: _d, deadlineMetOn: _m, ...commitment }) => commitment,
      ),
      updates: current.updates.map(
        ({
          datePrecision: _p,
          actors: _a,
          standing: _s,
          disputeNote: _n,
          disputeNoteKo: _k,
          meetsDeadline: _m,
          development: _d,
          ...update
        }) => ({
          ...update,
          sources: update.sources.map(({ contests: _c, kind, ...rest }, index) => ({
            ...rest,
            kind: index === 0 ? null : kind === 'news' ? 'secondary' : kind,
          })),
        }),
      ),
    };
    expect(upgradeFromVersion1(version1)).toMatchObject({ formatVersion: 2, developments: [], reviews: [] });
    const target = await serveDatabase(await openTestDatabase(kind));
    try {
      const result = await importDataset(target.database.db, version1, ACTOR);
      expect(result).toMatchObject({
        agreements: 1,
        commitments: 2,
        updates: 3,
        developments: 0,
        reviews: 0,
      });
      const again = await exportOf(target);
      expect(again.formatVersion).toBe(3);
      expect(again.agreementRelations).toEqual([]);
      expect(again.parties.map((party) => party.code)).toContain('DPRK');
      expect(again.updates[0]).toMatchObject({
        datePrecision: 'day',
        actors: [],
        standing: 'confirmed',
        development: null,
      });
      expect(again.updates.flatMap((update) => update.sources.map((s) => s.kind))).toEqual([
        'other',
        'other',
        'other',
        'other',
      ]);
      expect(again.updates.map((update) => update.summary)).toEqual(
        current.updates.map((update) => update.summary),
      );
    } finally {
      await target.close();
    }
  }, 120_000);
});
