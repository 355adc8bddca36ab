import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../shared/contracts/common.ts';
import { TEST_DATABASE_KINDS } from '../test-support/databases.ts';
import { makeAgreement, makeCommitment, makeUpdate } from '../test-support/factories.ts';
import { signInAs } from '../test-support/sessions.ts';
import type { TestClient } from '../test-support/sessions.ts';
import { snapshotData } from '../test-support/snapshot.ts';
import { startTestServer } from '../test-support/test-server.ts';
import type { TestServer } from '../test-support/test-server.ts';

const source = { url: 'https://example.org/news', title: 'A report', kind: 'news' };
const goodUpdate = {
  status: 'stalled',
  actors: ['ROK'],
  effectiveOn: '2020-01-01',
  summary: 'Nothing moved.',
  sources: [source],
  baseVersion: 1,
};
const effect = { commitmentSlug: 'bad-input-commitment', status: 'stalled', baseVersion: 1 };
const { status: _status, baseVersion: _baseVersion, ...event } = goodUpdate;
const goodDevelopment = { ...event, effects: [effect] };
const huge = 'x'.repeat(70 * 1024);
const tomorrow = new Date(Date.now() + 36 * 3600 * 1000).toISOString().slice(0, 10);

/** `field`: the field the error must name (in its details or message). */
type Case = [label: string, body: unknown, headers?: Record<string, string>, status?: number, field?: string];

/** Malformed bodies common to every JSON write endpoint. */
const COMMON: Case[] = [
  ['not JSON', '{"status": ', undefined],
  ['a JSON string', '"hello"'],
  ['a JSON array', '[]'],
  ['an empty object', {}],
  ['wrong content type', JSON.stringify(goodUpdate), { 'content-type': 'text/plain' }],
  ['form-encoded', 'status=stalled', { 'content-type': 'application/x-www-form-urlencoded' }],
  ['an oversized body', JSON.stringify({ ...goodUpdate, summary: huge }), undefined, 413],
];

const ENDPOINTS: { name: string; method: string; path: string; role: 'analyst' | 'admin'; cases: Case[] }[] =
  [
    {
      name: 'publish an update',
      method: 'POST',
      path: '/api/v1/commitments/bad-input-commitment/updates',
      role: 'analyst',
      cases: [
        ['an unknown status', { ...goodUpdate, status: 'done' }],
        ['status as a number', { ...goodUpdate, status: 3 }],
        ['an impossible date', { ...goodUpdate, effectiveOn: '2019-02-30' }],
        ['a date in the future', { ...goodUpdate, effectiveOn: tomorrow }],
        ['a date in another format', { ...goodUpdate, effectiveOn: '01/02/2020' }],
        ['a missing summary', { ...goodUpdate, summary: undefined }],
        ['a blank summary', { ...goodUpdate, summary: '   ' }],
        ['a too long summary', { ...goodUpdate, summary: 'x'.repeat(2001) }],
        ['no sources', { ...goodUpdate, sources: [] }],
        ['sources not a list', { ...goodUpdate, sources: source }],
        ['a javascript: URL', { ...goodUpdate, sources: [{ ...source, url: 'javascript:alert(1)' }] }],
        ['a data: URL', { ...goodUpdate, sources: [{ ...source, url: 'data:text/html,hi' }] }],
        ['a relative URL', { ...goodUpdate, sources: [{ ...source, url: '/news' }] }],
        ['a source without a title', { ...goodUpdate, sources: [{ url: source.url }] }],
        ['a source with an extra field', { ...goodUpdate, sources: [{ ...source, rating: 5 }] }],
        ['eleven sources', { ...goodUpdate, sources: Array.from({ length: 11 }, () => source) }],
        ['an extra field', { ...goodUpdate, author: 'someone else' }],
        ['a missing baseVersion', { ...goodUpdate, baseVersion: undefined }],
        ['baseVersion as a string', { ...goodUpdate, baseVersion: '1' }],
        ['a negative baseVersion', { ...goodUpdate, baseVersion: -1 }],
        ['an unknown party code', { ...goodUpdate, actors: ['ROK', 'XX'] }, undefined, 400, 'actors.1'],
        ['no actors', { ...goodUpdate, actors: [] }, undefined, 400, 'actors'],
        ['a lower-case party code', { ...goodUpdate, actors: ['rok'] }, undefined, 400, 'actors.0'],
        [
          'meetsDeadline without a deadline',
          { ...goodUpdate, meetsDeadline: true },
          undefined,
          400,
          'meetsDeadline',
        ],
        [
          'disputed without a disputeNote',
          { ...goodUpdate, standing: 'disputed' },
          undefined,
          400,
          'disputeNote',
        ],
        [
          'an unknown datePrecision',
          { ...goodUpdate, datePrecision: 'week' },
          undefined,
          400,
          'datePrecision',
        ],
        ['an unknown standing', { ...goodUpdate, standing: 'rumoured' }, undefined, 400, 'standing'],
        [
          'a source without kind',
          { ...goodUpdate, sources: [{ url: source.url, title: 'T' }] },
          undefined,
          400,
          'sources.0.kind',
        ],
        [
          'an unknown source kind',
          { ...goodUpdate, sources: [{ ...source, kind: 'blog' }] },
          undefined,
          400,
          'sources.0.kind',
        ],
        ...COMMON,
      ],
    },
    {
      name: 'publish a development',
      method: 'POST',
      path: '/api/v1/developments',
      role: 'analyst',
      cases: [
        ['no effects', { ...goodDevelopment, effects: [] }, undefined, 400, 'effects'],
        [
          'effects on one commitment twice',
          { ...goodDevelopment, effects: [effect, effect] },
          undefined,
          400,
          'effects.1.commitmentSlug',
        ],
        [
          'more than 100 effects',
          {
            ...goodDevelopment,
            effects: Array.from({ length: 101 }, (_, i) => ({ ...effect, commitmentSlug: `c-${i}` })),
          },
          undefined,
          400,
          'effects',
        ],
        ['an unknown party code', { ...goodDevelopment, actors: ['XX'] }, undefined, 400, 'actors.0'],
        [
          'meetsDeadline without a deadline',
          { ...goodDevelopment, effects: [{ ...effect, meetsDeadline: true }] },
          undefined,
          400,
          'effects.0.meetsDeadline',
        ],
        [
          'disputed without a disputeNote',
          { ...goodDevelopment, standing: 'disputed' },
          undefined,
          400,
          'disputeNote',
        ],
        [
          'an unknown datePrecision',
          { ...goodDevelopment, datePrecision: 'decade' },
          undefined,
          400,
          'datePrecision',
        ],
        [
          'a source without kind',
          { ...goodDevelopment, sources: [{ url: source.url, title: 'T' }] },
          undefined,
          400,
          'sources.0.kind',
        ],
        ['an effect with an extra field', { ...goodDevelopment, effects: [{ ...effect, note: 'x' }] }],
        ...COMMON,
      ],
    },
    {
      name: 'record a review',
      method: 'POST',
      path: '/api/v1/commitments/bad-input-commitment/reviews',
      role: 'analyst',
      cases: [
        ['no date', { note: 'x' }, undefined, 400, 'reviewedOn'],
        ['a date in the future', { reviewedOn: tomorrow }, undefined, 400, 'reviewedOn'],
        ['an impossible date', { reviewedOn: '2020-02-30' }, undefined, 400, 'reviewedOn'],
        ['a status change', { reviewedOn: '2020-01-01', status: 'stalled' }],
        ...COMMON,
      ],
    },
    {
      name: 'retract an update',
      method: 'POST',
      path: '/api/v1/updates/UPDATE_ID/retraction',
      role: 'analyst',
      cases: [
        ['no reason', { baseVersion: 1 }],
        ['a too short reason', { reason: 'no', baseVersion: 1 }],
        ['a huge reason', { reason: 'x'.repeat(1001), baseVersion: 1 }],
        ['reason as a list', { reason: ['wrong'], baseVersion: 1 }],
        ['an extra field', { reason: 'Wrong date entered', baseVersion: 1, hard: true }],
        ...COMMON,
      ],
    },
    {
      name: 'edit a commitment',
      method: 'PATCH',
      path: '/api/v1/commitments/bad-input-commitment',
      role: 'analyst',
      cases: [
        ['only a baseVersion', { baseVersion: 1 }],
        ['a blank title', { title: ' ', baseVersion: 1 }],
        ['an unknown category', { category: 'sports', baseVersion: 1 }],
        ['an impossible deadline', { deadline: '2018-13-01', baseVersion: 1 }],
        ['parties not a list', { parties: 'ROK', baseVersion: 1 }],
        ['a slug change', { slug: 'new-slug', baseVersion: 1 }],
        ['a version change', { version: 99, baseVersion: 1 }],
        ...COMMON,
      ],
    },
    {
      name: 'create an agreement',
      method: 'POST',
      path: '/api/v1/agreements',
      role: 'admin',
      cases: [
        [
          'a bad slug',
          {
            slug: 'Bad Slug',
            title: 'T',
            signedOn: '2018-04-27',
            place: 'P',
            parties: ['ROK'],
            summary: 'S',
          },
        ],
        [
          'an impossible date',
          { slug: 'ok', title: 'T', signedOn: '2018-02-31', place: 'P', parties: ['ROK'], summary: 'S' },
        ],
        [
          'a javascript: source',
          {
            slug: 'ok',
            title: 'T',
            signedOn: '2018-04-27',
            place: 'P',
            parties: ['ROK'],
            summary: 'S',
            sourceUrl: 'javascript:x',
          },
        ],
        ...COMMON,
      ],
    },
    {
      name: 'add a commitment',
      method: 'POST',
      path: '/api/v1/commitments',
      role: 'admin',
      cases: [
        [
          'an unknown agreement',
          {
            agreement: 'nope',
            slug: 'c',
            articleRef: 'Art. 1',
            title: 'T',
            text: 'X',
            category: 'military',
            parties: ['ROK'],
          },
        ],
        [
          'no parties',
          {
            agreement: 'bad-input-agreement',
            slug: 'c',
            articleRef: 'Art. 1',
            title: 'T',
            text: 'X',
            category: 'military',
            parties: [],
          },
        ],
        ...COMMON,
      ],
    },
    {
      name: 'create a user',
      method: 'POST',
      path: '/api/v1/users',
      role: 'admin',
      cases: [
        ['a short password', { username: 'newuser', displayName: 'N', role: 'analyst', password: 'short' }],
        [
          'a common password',
          { username: 'newuser', displayName: 'N', role: 'analyst', password: 'password1234' },
        ],
        [
          'an unknown role',
          { username: 'newuser', displayName: 'N', role: 'owner', password: 'a-long-fine-password' },
        ],
        [
          'a bad username',
          { username: 'New User', displayName: 'N', role: 'analyst', password: 'a-long-fine-password' },
        ],
        ...COMMON,
      ],
    },
    {
      name: 'edit a user',
      method: 'PATCH',
      path: '/api/v1/users/USERNAME',
      role: 'admin',
      cases: [
        ['nothing to change', {}],
        ['disabled as a string', { disabled: 'yes' }],
        ['a short password', { password: 'short' }],
        ...COMMON,
      ],
    },
  ];

describe.each(TEST_DATABASE_KINDS)('bad input on %s', (kind) => {
  let server: TestServer;
  let clients: Record<'analyst' | 'admin', TestClient>;
  let updateId: number;

  beforeAll(async () => {
    const commitment = makeCommitment({ slug: 'bad-input-commitment', updates: [makeUpdate()] });
    server = await startTestServer(kind, [
      makeAgreement({ slug: 'bad-input-agreement', commitments: [commitment] }),
    ]);
    clients = { analyst: await signInAs(server, 'analyst'), admin: await signInAs(server, 'admin') };
    const detail = (await (await server.get('/api/v1/commitments/bad-input-commitment')).json()) as {
      updates: { id: number }[];
    };
    updateId = detail.updates[0]!.id;
  }, 120_000);
  afterAll(() => server?.close());

  for (const endpoint of ENDPOINTS) {
    describe(endpoint.name, () => {
      for (const [label, body, headers, status = 400, field] of endpoint.cases) {
        it(`refuses ${label} with ${status} and changes nothing`, async () => {
          const path = endpoint.path
            .replace('UPDATE_ID', String(updateId))
            .replace('USERNAME', clients.analyst.username);
          const before = await snapshotData(server.database);
          const response = await clients[endpoint.role].send(endpoint.method, path, body, headers);
          expect(response.status).toBe(status);
          const error = apiErrorSchema.parse(await response.json()).error;
          expect(error.code).toBe(status === 413 ? 'payload_too_large' : 'validation_error');
          expect(error.message.length).toBeGreaterThan(5);
          if (field) {
            const named = [...(error.details ?? []).map((detail) => detail.path), error.message];
            expect(
              named.some((text) => text === field || text.includes(`${field}:`)),
              named.join(' | '),
            ).toBe(true);
          }
          expect(await snapshotData(server.database)).toEqual(before);
        });
      }
    });
  }
});
