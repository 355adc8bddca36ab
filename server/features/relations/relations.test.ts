import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEventSchema } from '../../../shared/contracts/admin.ts';
import {
  agreementDetailSchema,
  commitmentDetailSchema,
  dashboardSchema,
} from '../../../shared/contracts/public.ts';
import { insertSeedRelations } from '../../db/seed/seed-relations.ts';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.ts';
import { makeAgreement, makeCommitment } from '../../test-support/factories.ts';
import { signInAs } from '../../test-support/sessions.ts';
import type { TestClient } from '../../test-support/sessions.ts';
import { snapshotData } from '../../test-support/snapshot.ts';
import { startTestServer } from '../../test-support/test-server.ts';
import type { TestServer } from '../../test-support/test-server.ts';

const earlier = makeAgreement({
  slug: 'rel-earlier',
  title: 'Earlier declaration',
  commitments: [
    makeCommitment({ slug: 'rel-reunions', articleRef: '1(5)', title: 'Family reunions' }),
    makeCommitment({ slug: 'rel-liaison', articleRef: '1(3)', title: 'Liaison office' }),
  ],
});
const later = makeAgreement({
  slug: 'rel-later',
  title: 'Later agreement',
  commitments: [makeCommitment({ slug: 'rel-reunions-again', articleRef: '5(1)', title: 'Reunions again' })],
});

describe.each(TEST_DATABASE_KINDS)('relations between agreements and clauses on %s', (kind) => {
  let server: TestServer;
  let admin: TestClient;
  let analyst: TestClient;

  const agreement = async (slug: string) =>
    agreementDetailSchema.parse(await (await server.get(`/api/v1/agreements/${slug}`)).json());
  const commitment = async (slug: string) =>
    commitmentDetailSchema.parse(await (await server.get(`/api/v1/commitments/${slug}`)).json());
  const errorOf = async (response: Response) =>
    ((await response.json()) as { error: { code: string; message: string } }).error;

  beforeAll(async () => {
    server = await startTestServer(kind, [earlier, later]);
    admin = await signInAs(server, 'admin');
    analyst = await signInAs(server, 'analyst');
  });
  afterAll(() => server?.close());

  it('adds an agreement relation, shown outgoing on one side and incoming on the other', async () => {
    const added = await admin.send('POST', '/api/v1/agreements/rel-later/relations', {
      type: 'implements',
      agreementSlug: 'rel-earlier',
      note: 'By its full name',
      noteKo: '',
    });
    expect(added.status).toBe(201);
    expect(agreementDetailSchema.parse(await added.json()).relations).toEqual([
      {
        type: 'implements',
        direction: 'outgoing',
        agreementSlug: 'rel-earlier',
        agreementTitle: 'Earlier declaration',
        agreementTitleKo: null,
        note: 'By its full name',
        noteKo: null,
      },
    ]);
    expect((await agreement('rel-earlier')).relations).toMatchObject([
      { type: 'implements', direction: 'incoming', agreementSlug: 'rel-later' },
    ]);
    const dashboard = dashboardSchema.parse(await (await server.get('/api/v1/dashboard')).json());
    expect(dashboard.agreements.find((row) => row.slug === 'rel-later')?.relations).toHaveLength(1);
    // Commitment pages carry their agreement's relations too.
    expect((await commitment('rel-reunions')).agreement.relations).toMatchObject([{ direction: 'incoming' }]);
  });

  it('refuses the same pair again, either way round, with 409', async () => {
    const again = await admin.send('POST', '/api/v1/agreements/rel-later/relations', {
      type: 'builds_on',
      agreementSlug: 'rel-earlier',
    });
    expect(again.status).toBe(409);
    expect((await errorOf(again)).code).toBe('conflict');
    const reverse = await admin.send('POST', '/api/v1/agreements/rel-earlier/relations', {
      type: 'conditions',
      agreementSlug: 'rel-later',
    });
    expect(reverse.status).toBe(409);
  });

  it('refuses bad input with 400 and unknown agreements with 404, writing nothing', async () => {
    const before = await snapshotData(server.database);
    const cases: [string, unknown, number][] = [
      ['/api/v1/agreements/rel-later/relations', { type: 'implements', agreementSlug: 'rel-later' }, 400],
      ['/api/v1/agreements/rel-later/relations', { type: 'replaces', agreementSlug: 'rel-earlier' }, 400],
      ['/api/v1/agreements/rel-later/relations', { type: 'implements', agreementSlug: 'nowhere' }, 400],
      ['/api/v1/agreements/rel-later/relations', { type: 'implements', agreementSlug: 'Not A Slug' }, 400],
      [
        '/api/v1/agreements/rel-later/relations',
        { type: 'implements', agreementSlug: 'rel-earlier', x: 1 },
        400,
      ],
      [
        '/api/v1/agreements/rel-later/relations',
        { type: 'implements', agreementSlug: 'rel-earlier', note: 'x'.repeat(1001) },
        400,
      ],
      ['/api/v1/agreements/nowhere/relations', { type: 'implements', agreementSlug: 'rel-earlier' }, 404],
      [
        '/api/v1/commitments/rel-reunions/relations',
        { kind: 'repeats', commitmentSlug: 'rel-reunions' },
        400,
      ],
      ['/api/v1/commitments/rel-reunions/relations', { kind: 'repeats', commitmentSlug: 'rel-liaison' }, 400],
      [
        '/api/v1/commitments/rel-reunions/relations',
        { kind: 'echoes', commitmentSlug: 'rel-reunions-again' },
        400,
      ],
      ['/api/v1/commitments/rel-reunions/relations', { kind: 'repeats', commitmentSlug: 'nowhere' }, 400],
      ['/api/v1/commitments/nowhere/relations', { kind: 'repeats', commitmentSlug: 'rel-reunions' }, 404],
    ];
    for (const [path, body, status] of cases) {
      const response = await admin.send('POST', path, body);
      expect([path, JSON.stringify(body), response.status]).toEqual([path, JSON.stringify(body), status]);
      expect((await errorOf(response)).code).toBe(status === 400 ? 'validation_error' : 'not_found');
    }
    const sameAgreement = await admin.send('POST', '/api/v1/commitments/rel-reunions/relations', {
      kind: 'repeats',
      commitmentSlug: 'rel-liaison',
    });
    expect((await errorOf(sameAgreement)).message).toContain('another agreement');
    expect(await snapshotData(server.database)).toEqual(before);
  });

  it('is for admins only: analysts get 403, anonymous callers 401, nothing written', async () => {
    const before = await snapshotData(server.database);
    const body = { kind: 'repeats', commitmentSlug: 'rel-reunions' };
    const path = '/api/v1/commitments/rel-reunions-again/relations';
    expect((await analyst.send('POST', path, body)).status).toBe(403);
    expect((await analyst.send('DELETE', '/api/v1/agreements/rel-later/relations/rel-earlier')).status).toBe(
      403,
    );
    const anonymous = await fetch(server.baseUrl + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.baseUrl },
      body: JSON.stringify(body),
    });
    expect(anonymous.status).toBe(401);
    const noCsrf = await admin.send('POST', path, body, { 'x-csrf-token': '' });
    expect(noCsrf.status).toBe(403);
    expect(await snapshotData(server.database)).toEqual(before);
  });

  it('relates a clause to one of another agreement, both ways, audited', async () => {
    const added = await admin.send('POST', '/api/v1/commitments/rel-reunions-again/relations', {
      kind: 'repeats',
      commitmentSlug: 'rel-reunions',
      noteKo: '다시',
    });
    expect(added.status).toBe(201);
    expect(commitmentDetailSchema.parse(await added.json()).relatedCommitments).toEqual([
      {
        kind: 'repeats',
        direction: 'outgoing',
        slug: 'rel-reunions',
        articleRef: '1(5)',
        title: 'Family reunions',
        titleKo: null,
        agreementSlug: 'rel-earlier',
        agreementTitle: 'Earlier declaration',
        agreementTitleKo: null,
        note: null,
        noteKo: '다시',
      },
    ]);
    expect((await commitment('rel-reunions')).relatedCommitments).toMatchObject([
      { kind: 'repeats', direction: 'incoming', slug: 'rel-reunions-again', articleRef: '5(1)' },
    ]);
    const reverse = await admin.send('POST', '/api/v1/commitments/rel-reunions/relations', {
      kind: 'carries_out',
      commitmentSlug: 'rel-reunions-again',
    });
    expect(reverse.status).toBe(409);
    const audit = (await (await admin.send('GET', '/api/v1/audit?commitment=rel-reunions-again')).json()) as {
      events: unknown[];
    };
    expect(audit.events.map((event) => auditEventSchema.parse(event))).toMatchObject([
      {
        action: 'relation.added',
        actor: admin.username,
        after: { kind: 'repeats', relatedCommitment: 'rel-reunions' },
      },
    ]);
  });

  it('removes a relation from either side; a second removal is 404', async () => {
    // Stored as "rel-reunions-again repeats rel-reunions"; removed from the other end.
    const removed = await admin.send(
      'DELETE',
      '/api/v1/commitments/rel-reunions/relations/rel-reunions-again',
    );
    expect(removed.status).toBe(204);
    expect((await commitment('rel-reunions-again')).relatedCommitments).toEqual([]);
    expect(
      (await admin.send('DELETE', '/api/v1/commitments/rel-reunions/relations/rel-reunions-again')).status,
    ).toBe(404);
    expect((await admin.send('DELETE', '/api/v1/agreements/rel-later/relations/rel-earlier')).status).toBe(
      204,
    );
    expect((await agreement('rel-earlier')).relations).toEqual([]);
    expect((await admin.send('DELETE', '/api/v1/agreements/rel-later/relations/rel-earlier')).status).toBe(
      404,
    );
  });

  it('seeds relations once, skipping those whose slugs are missing', async () => {
    const relations = {
      agreements: [
        {
          agreementSlug: 'rel-later',
          type: 'builds_on' as const,
          relatedAgreementSlug: 'rel-earlier',
          note: 'n',
          noteKo: 'ㄴ',
        },
        {
          agreementSlug: 'rel-later',
          type: 'implements' as const,
          relatedAgreementSlug: 'not-seeded',
          note: 'n',
          noteKo: 'ㄴ',
        },
      ],
      commitments: [
        {
          commitmentSlug: 'rel-reunions-again',
          relatedCommitmentSlug: 'rel-reunions',
          kind: 'repeats' as const,
          note: 'n',
          noteKo: 'ㄴ',
        },
        {
          commitmentSlug: 'not-seeded',
          relatedCommitmentSlug: 'rel-reunions',
          kind: 'repeats' as const,
          note: 'n',
          noteKo: 'ㄴ',
        },
      ],
    };
    const db = server.database.db;
    expect(await db.transaction((tx) => insertSeedRelations(tx, relations))).toHaveLength(2);
    expect(await db.transaction((tx) => insertSeedRelations(tx, relations))).toHaveLength(0);
    server.changes.notify({ entity: '*' });
    expect((await agreement('rel-later')).relations).toMatchObject([
      { type: 'builds_on', direction: 'outgoing', agreementSlug: 'rel-earlier', noteKo: 'ㄴ' },
    ]);
  });
});
