import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.ts';
import { startTestServer } from '../../test-support/test-server.ts';
import type { TestServer } from '../../test-support/test-server.ts';
import { openDataAgreement, quietCommitment, trickyCommitment } from '../open-data/test-fixtures.ts';

const expectFrameable = (response: Response) => {
  expect(response.headers.get('content-security-policy')).toContain('frame-ancestors *');
  expect(response.headers.get('x-frame-options')).toBeNull();
};

describe.each(TEST_DATABASE_KINDS)('embeds and framing on %s', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    // A built client stand-in, so page routes (/, /commitments/...) are served as in production.
    const clientDir = mkdtempSync(join(tmpdir(), 'accord-client-'));
    writeFileSync(join(clientDir, 'index.html'), '<!doctype html><html><head><title>x</title></head></html>');
    server = await startTestServer(kind, [openDataAgreement], { clientDir });
  });
  afterAll(() => server?.close());

  it('an embed card shows the status, the last update and a link back that opens a new tab', async () => {
    const response = await server.get(`/embed/commitments/${trickyCommitment.slug}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    const page = `${server.baseUrl}/commitments/${trickyCommitment.slug}`;
    expect(html).toContain('<h1 class="embed__title">');
    expect(html).toContain('Reopen the &quot;Kaesong&quot; &lt;complex&gt;, &amp; more');
    expect(html).toContain('<span>Partially implemented</span>');
    expect(html).toContain('<time datetime="2019-06-01">1 June 2019</time>: -5 points; @mention');
    const links = [...html.matchAll(/<a ([^>]*)>/g)].map((match) => match[1]);
    expect(links.length).toBe(2);
    for (const link of links) expect(link).toBe(`href="${page}" target="_blank" rel="noopener"`);
    expect(html).toContain('<link rel="stylesheet" href="/embed/assets/embed.css">');
    expect(html).not.toMatch(/<script|style=/);
  });

  it('its stylesheet is served, and a commitment without updates says so', async () => {
    const css = await server.get('/embed/assets/embed.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toContain('.status--partial');
    const html = await (await server.get(`/embed/commitments/${quietCommitment.slug}`)).text();
    expect(html).toContain('<span>Not started</span>');
    expect(html).toContain('No status update yet.');
  });

  it('an unknown commitment gets a 404 card, and so does any other path under /embed', async () => {
    for (const path of ['/embed/commitments/no-such-commitment', '/embed/other', '/embed']) {
      const response = await server.get(path);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('Commitment not found');
      expectFrameable(response);
    }
  });

  it('only embed pages may be framed by other sites', async () => {
    const embed = await server.get(`/embed/commitments/${trickyCommitment.slug}`);
    expectFrameable(embed);
    expect(embed.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    for (const path of [
      '/',
      `/commitments/${trickyCommitment.slug}`,
      '/api/v1/dashboard',
      '/api/docs',
      '/api/openapi.json',
      '/feed.atom',
      `/badges/${trickyCommitment.slug}.svg`,
      '/api/v1/export.csv',
      '/api/v1/no-such-route',
      '/embedded', // not under /embed/
    ]) {
      const response = await server.get(path);
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });
});
