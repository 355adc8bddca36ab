import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitments } from '../db/schema/index.ts';
import { makeAgreement, makeCommitment, makeUpdate } from '../test-support/factories.ts';
import { startTestServer } from '../test-support/test-server.ts';
import type { TestServer } from '../test-support/test-server.ts';

const relevant = (response: Response) => {
  const headers = Object.fromEntries(response.headers);
  for (const varying of ['date', 'x-request-id', 'connection', 'keep-alive']) delete headers[varying];
  return headers;
};

describe('dashboard hot path', () => {
  let server: TestServer;
  beforeAll(async () => {
    const commitment = makeCommitment({
      updates: [makeUpdate({ status: 'stalled', effectiveOn: '2020-01-01' })],
    });
    server = await startTestServer('pglite', [makeAgreement({ commitments: [commitment] })]);
  });
  afterAll(() => server?.close());

  it('answers a built snapshot with the same bytes and headers as the Express route', async () => {
    const viaExpress = await server.get('/api/v1/dashboard?asOf=2021-01-01'); // builds the snapshot
    const viaHotPath = await server.get('/api/v1/dashboard?asOf=2021-01-01');
    expect(viaHotPath.status).toBe(200);
    expect(await viaHotPath.text()).toBe(await viaExpress.text());
    expect(relevant(viaHotPath)).toEqual(relevant(viaExpress));
    expect(viaHotPath.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('answers If-None-Match with 304, and changes its ETag after a write', async () => {
    const first = await server.get('/api/v1/dashboard');
    const etag = first.headers.get('etag')!;
    expect((await server.get('/api/v1/dashboard', { 'If-None-Match': etag })).status).toBe(304);
    await server.database.db.update(commitments).set({ title: 'A new title' });
    server.changes.notify({ entity: '*' });
    const rebuilt = await server.get('/api/v1/dashboard', { 'If-None-Match': etag });
    expect(rebuilt.status).toBe(200);
    expect(await rebuilt.text()).toContain('A new title');
  });

  it('leaves malformed queries to the validating route', async () => {
    const response = await server.get('/api/v1/dashboard?asOf=2021-02-30');
    expect(response.status).toBe(400);
    expect((await server.get('/api/v1/dashboard?asOf=2021-01-01&x=1')).status).toBe(200);
  });
});
