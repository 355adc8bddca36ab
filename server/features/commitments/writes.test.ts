import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../../shared/contracts/common.ts';
import { commitmentDetailSchema, dashboardSchema } from '../../../shared/contracts/public.ts';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.ts';
import { makeAgreement, makeCommitment, makeUpdate } from '../../test-support/factories.ts';
import { signInAs } from '../../test-support/sessions.ts';
import type { TestClient } from '../../test-support/sessions.ts';
import { startTestServer } from '../../test-support/test-server.ts';
import type { TestServer } from '../../test-support/test-server.ts';

const sources = [
  {
    url: 'https://example.org/one',
    title: 'First report',
    publisher: 'Wire',
    publishedOn: '2025-03-01',
    kind: 'news',
  },
  { url: 'https://example.org/two', title: 'Second report', kind: 'news' },
];

describe.each(TEST_DATABASE_KINDS)('analyst writes on %s', (kind) => {
  let server: TestServer;
  let analyst: TestClient;
  let admin: TestClient;

  const detail = async (slug: string) =>
    commitmentDetailSchema.parse(await (await server.get(`/api/v1/commitments/${slug}`)).json());
  const audit = async (query = '') =>
    (
      (await (await admin.send('GET', `/api/v1/audit${query}`)).json()) as {
        events: { action: string; actor: string; entity: string; before: unknown; after: unknown }[];
      }
    ).events;

  beforeAll(async () => {
    const commitments = ['publish-me', 'retract-me', 'edit-me', 'race-me'].map((slug) =>
      makeCommitment({
        slug,
        title: `Commitment ${slug}`,
        updates: [makeUpdate({ status: 'in_progress', effectiveOn: '2019-01-01' })],
      }),
    );
    server = await startTestServer(kind, [makeAgreement({ slug: 'writes-agreement', commitments })]);
    analyst = await signInAs(server, 'analyst');
    admin = await signInAs(server, 'admin');
  });
  afterAll(() => server?.close());

  it('publishes an update with two sources: 201, in the history at once, the dashboard ETag changes, audited', async () => {
    const dashboardBefore = await server.get('/api/v1/dashboard');
    const etagBefore = dashboardBefore.headers.get('etag')!;
    const before = await detail('publish-me');
    const response = await analyst.send('POST', '/api/v1/commitments/publish-me/updates', {
      status: 'partial',
      actors: ['ROK'],
      effectiveOn: '2025-03-01',
      summary: '  Half of the work was done.  ',
      summaryKo: '절반이 완료되었다.',
      sources,
      baseVersion: before.version,
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as {
      update: { id: number; summary: string; author: string };
      commitment: unknown;
    };
    const after = commitmentDetailSchema.parse(body.commitment);
    expect(after.version).toBe(before.version + 1);
    expect(after.status).toBe('partial');
    expect(body.update.summary).toBe('Half of the work was done.');
    expect(body.update.author).toMatch(/^Test analyst/);
    expect(after.updates[0]!.sources.map((s) => s.title)).toEqual(['First report', 'Second report']);

    const dashboardAfter = await server.get('/api/v1/dashboard', { 'If-None-Match': etagBefore });
    expect(dashboardAfter.status).toBe(200);
    expect(dashboardAfter.headers.get('etag')).not.toBe(etagBefore);
    const dashboard = dashboardSchema.parse(await dashboardAfter.json());
    expect(dashboard.commitments.find((c) => c.slug === 'publish-me')?.status).toBe('partial');

    const [event] = await audit('?commitment=publish-me');
    expect(event).toMatchObject({
      action: 'update.published',
      actor: analyst.username,
      entity: 'commitment:publish-me',
    });
    expect(event!.after).toMatchObject({ updateId: body.update.id, status: 'partial' });
  });

  it('refuses a stale baseVersion with 409 and the current version, writing nothing', async () => {
    const before = await detail('publish-me');
    const response = await analyst.send('POST', '/api/v1/commitments/publish-me/updates', {
      status: 'stalled',
      actors: ['ROK'],
      effectiveOn: '2025-04-01',
      summary: 'Stale',
      sources,
      baseVersion: before.version - 1,
    });
    expect(response.status).toBe(409);
    const error = apiErrorSchema.parse(await response.json()).error;
    expect(error.code).toBe('conflict');
    expect(error.currentVersion).toBe(before.version);
    expect(await detail('publish-me')).toEqual(before);
  });

  it('answers 404 for an unknown commitment', async () => {
    const response = await analyst.send('POST', '/api/v1/commitments/no-such-thing/updates', {
      status: 'stalled',
      actors: ['ROK'],
      effectiveOn: '2025-04-01',
      summary: 'x',
      sources,
      baseVersion: 1,
    });
    expect(response.status).toBe(404);
  });

  it('retracts an update with a reason: it stays in the history, flagged, and no longer counts', async () => {
    const before = await detail('retract-me');
    const target = before.updates[0]!;
    const response = await analyst.send('POST', `/api/v1/updates/${target.id}/retraction`, {
      reason: 'Entered against the wrong commitment',
      baseVersion: before.version,
    });
    expect(response.status).toBe(200);
    const after = await detail('retract-me');
    expect(after.updates).toHaveLength(1);
    expect(after.updates[0]!.retraction).toMatchObject({ reason: 'Entered against the wrong commitment' });
    expect(after.status).toBe('not_started');
    expect(after.version).toBe(before.version + 1);

    const again = await analyst.send('POST', `/api/v1/updates/${target.id}/retraction`, {
      reason: 'Once more please',
      baseVersion: after.version,
    });
    expect(again.status).toBe(409);
    expect(
      (
        await analyst.send('POST', '/api/v1/updates/999999/retraction', {
          reason: 'Nothing there',
          baseVersion: 1,
        })
      ).status,
    ).toBe(404);
    expect((await audit('?commitment=retract-me'))[0]).toMatchObject({ action: 'update.retracted' });
  });

  it('edits a commitment, keeping before and after in the audit log', async () => {
    const before = await detail('edit-me');
    const response = await analyst.send('PATCH', '/api/v1/commitments/edit-me', {
      title: 'A clearer title',
      deadline: '2019-12-31',
      baseVersion: before.version,
    });
    expect(response.status).toBe(200);
    const after = await detail('edit-me');
    expect(after).toMatchObject({
      title: 'A clearer title',
      deadline: '2019-12-31',
      version: before.version + 1,
      slug: 'edit-me',
    });
    const [event] = await audit('?commitment=edit-me');
    expect(event!.before).toEqual({ title: before.title, deadline: null });
    expect(event!.after).toMatchObject({ title: 'A clearer title', deadline: '2019-12-31' });
  });

  it('lets exactly one of two writers on the same version win; the other gets 409; no update is lost', async () => {
    const before = await detail('race-me');
    const body = (summary: string) => ({
      status: 'stalled',
      actors: ['ROK'],
      effectiveOn: '2025-05-01',
      summary,
      sources,
      baseVersion: before.version,
    });
    const other = await signInAs(server, 'analyst');
    const results = await Promise.all([
      analyst.send('POST', '/api/v1/commitments/race-me/updates', body('Writer one')),
      other.send('POST', '/api/v1/commitments/race-me/updates', body('Writer two')),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const after = await detail('race-me');
    expect(after.version).toBe(before.version + 1);
    expect(after.updates).toHaveLength(before.updates.length + 1);
    const loser = results.find((r) => r.status === 409)!;
    expect(apiErrorSchema.parse(await loser.json()).error.currentVersion).toBe(before.version + 1);
  });

  it('lets an admin add an agreement and its commitments, and edit the agreement', async () => {
    const created = await admin.send('POST', '/api/v1/agreements', {
      slug: 'panmunjom-declaration-2018',
      title: 'Panmunjom Declaration',
      titleKo: '판문점 선언',
      signedOn: '2018-04-27',
      place: 'Panmunjom',
      parties: ['ROK', 'DPRK'],
      summary: 'The first summit declaration of 2018.',
    });
    expect(created.status).toBe(201);
    const commitment = await admin.send('POST', '/api/v1/commitments', {
      agreement: 'panmunjom-declaration-2018',
      slug: 'liaison-office',
      articleRef: 'Art. 1(4)',
      title: 'Open a joint liaison office in Kaesong',
      text: 'The two sides will open a joint liaison office.',
      category: 'political',
      parties: ['ROK', 'DPRK'],
    });
    expect(commitment.status).toBe(201);
    expect(
      (
        await admin.send('POST', '/api/v1/agreements', {
          slug: 'panmunjom-declaration-2018',
          title: 'Again',
          signedOn: '2018-04-27',
          place: 'P',
          parties: ['ROK'],
          summary: 'S',
        })
      ).status,
    ).toBe(409);
    const patched = await admin.send('PATCH', '/api/v1/agreements/panmunjom-declaration-2018', {
      place: 'Panmunjom (Peace House)',
    });
    expect(patched.status).toBe(200);
    const dashboard = dashboardSchema.parse(await (await server.get('/api/v1/dashboard')).json());
    expect(dashboard.agreements.at(-1)).toMatchObject({
      slug: 'panmunjom-declaration-2018',
      place: 'Panmunjom (Peace House)',
    });
    expect(dashboard.commitments.at(-1)).toMatchObject({
      slug: 'liaison-office',
      status: 'not_started',
      agreementSlug: 'panmunjom-declaration-2018',
    });
  });
});
