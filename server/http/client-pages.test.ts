import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAgreement, makeCommitment } from '../test-support/factories.ts';
import { startTestServer } from '../test-support/test-server.ts';
import type { TestServer } from '../test-support/test-server.ts';

// A stand-in for the built client: the real index.html's head has the same two tags.
const TEMPLATE = `<!doctype html><html lang="en"><head><title>Accord Tracker</title>
<meta name="description" content="default" /></head><body><div id="root"></div></body></html>`;

describe('client pages', () => {
  let server: TestServer;
  const commitment = makeCommitment({
    title: 'Reopen the <reunion> $& centre',
    text: 'Reopen it "at an early date".',
  });

  beforeAll(async () => {
    const clientDir = mkdtempSync(join(tmpdir(), 'accord-client-'));
    mkdirSync(join(clientDir, 'assets'));
    writeFileSync(join(clientDir, 'index.html'), TEMPLATE);
    writeFileSync(join(clientDir, 'assets', 'app-abc123.js'), 'console.log(1)');
    server = await startTestServer(
      'pglite',
      [makeAgreement({ slug: 'the-agreement', title: 'The Agreement', commitments: [commitment] })],
      {
        clientDir,
      },
    );
  });
  afterAll(() => server?.close());

  it('fills in the title and description of a commitment page, escaped', async () => {
    const response = await server.get(`/commitments/${commitment.slug}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<title>Reopen the &lt;reunion&gt; $&amp; centre — Accord Tracker</title>');
    expect(html).toContain('<meta name="description" content="Reopen it &quot;at an early date&quot;." />');
  });

  it('serves the dashboard and agreement pages', async () => {
    expect((await server.get('/')).status).toBe(200);
    const agreement = await server.get('/agreements/the-agreement');
    expect(agreement.status).toBe(200);
    expect(await agreement.text()).toContain('<title>The Agreement — Accord Tracker</title>');
    const updates = await server.get('/updates');
    expect(updates.status).toBe(200);
    expect(await updates.text()).toContain('<title>Latest updates — Accord Tracker</title>');
    const compare = await server.get('/compare');
    expect(compare.status).toBe(200);
    expect(await compare.text()).toContain('<title>The agreements side by side — Accord Tracker</title>');
    const compareKo = await (await server.get('/compare?lang=ko')).text();
    expect(compareKo).toContain('<title>합의별 이행 추이 비교 — Accord Tracker</title>');
    expect(compareKo).toContain('<html lang="ko"');
  });

  it('serves the analyst workspace pages (the client asks anonymous visitors to sign in)', async () => {
    for (const path of ['/workspace', '/workspace/developments/new', '/workspace/tokens']) {
      expect((await server.get(path)).status, path).toBe(200);
    }
  });

  it('answers unknown pages and unknown commitments with 404 and the app shell', async () => {
    for (const path of ['/commitments/no-such-thing', '/no/such/page']) {
      const response = await server.get(path);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('<title>Page not found — Accord Tracker</title>');
    }
  });

  it('serves hashed assets for a year and 404s missing ones', async () => {
    const asset = await server.get('/assets/app-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await server.get('/assets/missing.js')).status).toBe(404);
  });
});
