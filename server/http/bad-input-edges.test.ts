import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../shared/contracts/common.ts';
import { TEST_DATABASE_KINDS } from '../test-support/databases.ts';
import { makeAgreement, makeCommitment, makeUpdate } from '../test-support/factories.ts';
import { rawRequest } from '../test-support/raw-request.ts';
import { signInAs } from '../test-support/sessions.ts';
import type { TestClient } from '../test-support/sessions.ts';
import { snapshotData } from '../test-support/snapshot.ts';
import { startTestServer } from '../test-support/test-server.ts';
import type { TestServer } from '../test-support/test-server.ts';

const update = {
  status: 'stalled',
  effectiveOn: '2020-01-01',
  actors: ['ROK'],
  summary: 'Nothing moved.',
  sources: [{ url: 'https://example.org/news', title: 'A report', kind: 'news' }],
  baseVersion: 1,
};

const PATHS = [
  '/api/v1/updates?before=2019-02-30_1',
  '/api/v1/updates?before=9999-99-99_1',
  '/api/v1/updates?before=2019-01-01_99999999999999999999',
  '/api/v1/updates?before=2019-01-01_2147483648',
  '/api/v1/commitments/%00',
  '/api/v1/commitments/a%00b/timeline',
  '/api/v1/agreements/%E0%A4%A',
  '/api/v1/commitments?q=%00',
  '/feed/%00.atom',
  '/badge/%zz.svg',
  '/commitments/%ED%A0%80',
  '/%E0%A4%A',
];
const BODIES: [string, string, unknown][] = [
  ['baseVersion beyond 32 bits', '/api/v1/commitments/edge-one/updates', { ...update, baseVersion: 2 ** 40 }],
  ['baseVersion 2^31', '/api/v1/commitments/edge-one/updates', { ...update, baseVersion: 2 ** 31 }],
  ['a NUL in the summary', '/api/v1/commitments/edge-one/updates', { ...update, summary: 'a\u0000b' }],
  [
    'a lone surrogate in the summary',
    '/api/v1/commitments/edge-one/updates',
    { ...update, summary: 'a\ud800b' },
  ],
  [
    'a lone low surrogate in a source title',
    '/api/v1/commitments/edge-one/updates',
    { ...update, sources: [{ url: 'https://example.org/n', title: '\udc00' }] },
  ],
  [
    'an update id beyond 32 bits',
    '/api/v1/updates/99999999999/retraction',
    { reason: 'Wrong', baseVersion: 1 },
  ],
  [
    'a retraction baseVersion beyond 32 bits',
    '/api/v1/updates/UPDATE_ID/retraction',
    { reason: 'Wrong entry', baseVersion: 2 ** 40 },
  ],
  ['a NUL in a sign-in name', '/api/v1/session', { username: 'a\u0000', password: 'whatever-it-is' }],
];

describe.each(TEST_DATABASE_KINDS)('edge-case input on %s', (kind) => {
  let server: TestServer;
  let analyst: TestClient;
  let updateId: number;

  beforeAll(async () => {
    server = await startTestServer(kind, [
      makeAgreement({ commitments: [makeCommitment({ slug: 'edge-one', updates: [makeUpdate()] })] }),
    ]);
    analyst = await signInAs(server, 'analyst');
    const detail = (await (await server.get('/api/v1/commitments/edge-one')).json()) as {
      updates: { id: number }[];
    };
    updateId = detail.updates[0]!.id;
  });
  afterAll(() => server?.close());

  const expect400 = (status: number, body: string) => {
    expect(status).toBe(400);
    expect(apiErrorSchema.parse(JSON.parse(body)).error.code).toBe('validation_error');
  };

  for (const path of PATHS) {
    it(`GET ${path} is a 400`, async () => {
      const { status, body } = await rawRequest(server.baseUrl, {
        path,
        headers: { cookie: analyst.cookie },
      });
      expect400(status, body);
    });
  }

  for (const host of ['[::1', 'a b', 'exa mple.org:80', 'host:port', '%%%']) {
    it(`a malformed Host header (${host}) is a 400`, async () => {
      for (const path of ['/feed.atom', '/api/v1/commitments', '/embed/edge-one']) {
        const { status, body } = await rawRequest(server.baseUrl, { path, headers: { host } });
        expect400(status, body);
      }
    });
  }

  for (const [label, path, payload] of BODIES) {
    it(`refuses ${label} with 400 and writes nothing`, async () => {
      const before = await snapshotData(server.database);
      const response = await analyst.send('POST', path.replace('UPDATE_ID', String(updateId)), payload);
      expect400(response.status, await response.text());
      expect(await snapshotData(server.database)).toEqual(before);
    });
  }
});
