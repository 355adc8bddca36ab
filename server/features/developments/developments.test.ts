import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../../shared/contracts/common.ts';
import {
  commitmentDetailSchema,
  developmentDetailSchema,
  developmentListSchema,
} from '../../../shared/contracts/public.ts';
import { newUpdateSchema } from '../../../shared/contracts/writes.ts';
import { todayInSeoul } from '../../../shared/domain/dates.ts';
import { queryRows } from '../../db/client.ts';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.ts';
import { makeAgreement, makeCommitment } from '../../test-support/factories.ts';
import { signInAs } from '../../test-support/sessions.ts';
import type { TestClient } from '../../test-support/sessions.ts';
import { startTestServer } from '../../test-support/test-server.ts';
import type { TestServer } from '../../test-support/test-server.ts';

const SLUGS = ['dev-one', 'dev-two', 'dev-three'];
const source = { url: 'https://example.org/summit', title: 'Summit report', kind: 'official' };

describe.each(TEST_DATABASE_KINDS)('developments on %s', (kind) => {
  let server: TestServer;
  let analyst: TestClient;
  const detail = async (slug: string) =>
    commitmentDetailSchema.parse(await (await server.get(`/api/v1/commitments/${slug}`)).json());
  const counts = async () =>
    (
      await queryRows<{ developments: number; updates: number; sources: number }>(
        server.database.db,
        sql`select (select count(*)::int from developments) as developments,
                   (select count(*)::int from status_updates) as updates,
                   (select count(*)::int from update_sources) as sources`,
      )
    )[0]!;
  const versions = async () => Promise.all(SLUGS.map(async (slug) => (await detail(slug)).version));
  const development = (baseVersions: number[], extra: Record<string, unknown> = {}) => ({
    effectiveOn: '2019-02-28',
    datePrecision: 'month',
    actors: ['US', 'DPRK'],
    standing: 'confirmed',
    summary: 'The Hanoi summit ended without agreement',
    summaryKo: '하노이 정상회담 결렬',
    sources: [source],
    effects: SLUGS.map((slug, index) => ({
      commitmentSlug: slug,
      status: 'stalled',
      baseVersion: baseVersions[index],
    })),
    ...extra,
  });

  beforeAll(async () => {
    const commitments = SLUGS.map((slug) =>
      makeCommitment({
        slug,
        title: `Commitment ${slug}`,
        deadline: slug === 'dev-one' ? '2019-06-30' : undefined,
        updates: [],
      }),
    );
    server = await startTestServer(kind, [makeAgreement({ slug: 'dev-agreement', commitments })]);
    analyst = await signInAs(server, 'analyst');
  }, 120_000);
  afterAll(() => server?.close());

  it('a stale baseVersion on any effect is a 409 and writes nothing', async () => {
    const before = await counts();
    const current = await versions();
    const response = await analyst.send(
      'POST',
      '/api/v1/developments',
      development([current[0]!, current[1]!, current[2]! - 1 || 99]),
    );
    expect(response.status).toBe(409);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('conflict');
    expect(await counts()).toEqual(before);
    expect(await versions()).toEqual(current);
  });

  it('unknown actors are a 400 naming the field, and nothing is written', async () => {
    const before = await counts();
    const response = await analyst.send(
      'POST',
      '/api/v1/developments',
      development(await versions(), { actors: ['ROK', 'XX'] }),
    );
    expect(response.status).toBe(400);
    const body = apiErrorSchema.parse(await response.json());
    expect(body.error.details).toEqual([{ path: 'actors.1', message: 'Unknown party "XX"' }]);
    expect(await counts()).toEqual(before);
  });

  it('moves three commitments in one transaction: three updates with its id, listed by GET /developments/:id', async () => {
    const before = await counts();
    const response = await analyst.send('POST', '/api/v1/developments', development(await versions()));
    expect(response.status).toBe(201);
    const created = developmentDetailSchema.omit({ partyRegistry: true }).parse(await response.json());
    expect(created).toMatchObject({
      effectiveOn: '2019-02-01',
      datePrecision: 'month',
      actors: ['US', 'DPRK'],
    });
    expect(await counts()).toEqual({
      developments: before.developments + 1,
      updates: before.updates + 3,
      sources: before.sources + 3,
    });

    const fetched = developmentDetailSchema.parse(
      await (await server.get(`/api/v1/developments/${created.id}`)).json(),
    );
    expect(fetched.effects.map((effect) => [effect.slug, effect.status])).toEqual(
      SLUGS.map((slug) => [slug, 'stalled']),
    );
    expect(fetched.partyRegistry.map((party) => party.code)).toContain('DPRK');
    const list = developmentListSchema.parse(await (await server.get('/api/v1/developments')).json());
    expect(list.developments.map((row) => row.id)).toContain(created.id);

    const two = await detail('dev-two');
    expect(two.status).toBe('stalled');
    expect(two.updates[0]).toMatchObject({
      developmentId: created.id,
      effectiveOn: '2019-02-01',
      datePrecision: 'month',
    });
    expect(two.developments).toEqual([
      expect.objectContaining({
        id: created.id,
        commitments: SLUGS.map((slug) => expect.objectContaining({ slug })),
      }),
    ]);
    expect((await server.get('/api/v1/developments/999999')).status).toBe(404);
    expect((await server.get('/api/v1/developments/abc')).status).toBe(400);
  });

  it('meetsDeadline sets deadlineMetOn; deadlineState as of a past date is missed before it, met after', async () => {
    const [version] = await versions();
    const response = await analyst.send('POST', '/api/v1/commitments/dev-one/updates', {
      status: 'implemented',
      effectiveOn: '2019-09-15',
      actors: ['ROK'],
      meetsDeadline: true,
      summary: 'Done, late',
      sources: [source],
      baseVersion: version,
    });
    expect(response.status).toBe(201);
    expect((await detail('dev-one')).deadlineMetOn).toBe('2019-09-15');
    const stateOn = async (asOf: string) => {
      const body = (await (await server.get(`/api/v1/dashboard?asOf=${asOf}`)).json()) as {
        commitments: { slug: string; deadlineState: string }[];
      };
      return body.commitments.find((row) => row.slug === 'dev-one')!.deadlineState;
    };
    expect(await stateOn('2019-05-01')).toBe('pending');
    expect(await stateOn('2019-08-01')).toBe('missed');
    expect(await stateOn('2019-10-01')).toBe('met');

    // An analyst's dated record: PATCH deadlineMetOn (the earlier of the two days counts).
    const patched = await analyst.send('PATCH', '/api/v1/commitments/dev-one', {
      deadlineMetOn: '2019-06-20',
      baseVersion: (await detail('dev-one')).version,
    });
    expect(patched.status).toBe(200);
    expect(await stateOn('2019-06-25')).toBe('met');

    // A commitment without a deadline cannot have one met.
    const refused = await analyst.send('POST', '/api/v1/commitments/dev-two/updates', {
      status: 'implemented',
      effectiveOn: '2019-09-15',
      actors: ['ROK'],
      meetsDeadline: true,
      summary: 'No deadline here',
      sources: [source],
      baseVersion: (await detail('dev-two')).version,
    });
    expect(refused.status).toBe(400);
    expect(apiErrorSchema.parse(await refused.json()).error.message).toContain('meetsDeadline');
  });
});

describe('dates in Korea', () => {
  it('today in Seoul is accepted while UTC is still yesterday', () => {
    // 2026-03-01 08:00 in Seoul is 2026-02-28 23:00 UTC.
    const lateEvening = new Date('2026-02-28T23:00:00Z');
    expect(todayInSeoul(lateEvening)).toBe('2026-03-01');
    const update = {
      status: 'in_progress',
      actors: ['ROK'],
      summary: 'Dated in Seoul',
      sources: [source],
      baseVersion: 1,
    };
    const today = todayInSeoul();
    expect(newUpdateSchema.safeParse({ ...update, effectiveOn: today }).success).toBe(true);
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(newUpdateSchema.safeParse({ ...update, effectiveOn: tomorrow }).success).toBe(false);
  });

  it('datePrecision moves effectiveOn to the first day of its period', () => {
    const base = { status: 'in_progress', actors: ['ROK'], summary: 'x', sources: [source], baseVersion: 1 };
    expect(
      newUpdateSchema.parse({ ...base, effectiveOn: '2019-03-17', datePrecision: 'month' }).effectiveOn,
    ).toBe('2019-03-01');
    expect(
      newUpdateSchema.parse({ ...base, effectiveOn: '2019-03-17', datePrecision: 'year' }).effectiveOn,
    ).toBe('2019-01-01');
    expect(newUpdateSchema.parse({ ...base, effectiveOn: '2019-03-17' }).effectiveOn).toBe('2019-03-17');
  });
});
