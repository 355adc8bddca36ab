import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test-support/test-server.ts';
import type { TestServer } from '../../test-support/test-server.ts';
import { openDataAgreement, trickyCommitment } from '../open-data/test-fixtures.ts';

// A different head from the real index.html on purpose: the links must not depend on its other tags.
const TEMPLATE = `<!doctype html><html lang="en"><HEAD><meta charset="UTF-8"><title>x</title></HEAD>
<body><div id="root"></div></body></html>`;

const alternates = (html: string) =>
  [
    ...html.matchAll(
      /<link rel="alternate" type="application\/atom\+xml" title="([^"]*)" href="([^"]*)" \/>/g,
    ),
  ].map((match) => ({ title: match[1], href: match[2] }));

describe('feed autodiscovery in the pages the server sends', () => {
  let server: TestServer;

  beforeAll(async () => {
    const clientDir = mkdtempSync(join(tmpdir(), 'accord-client-'));
    mkdirSync(join(clientDir, 'assets'));
    writeFileSync(join(clientDir, 'index.html'), TEMPLATE);
    server = await startTestServer('pglite', [openDataAgreement], { clientDir });
  });
  afterAll(() => server?.close());

  it('every page announces the site feed, inside <head>', async () => {
    for (const path of ['/', '/agreements/open-data-agreement', '/login', '/no/such/page']) {
      const html = await (await server.get(path)).text();
      expect(alternates(html)).toEqual([{ title: 'Accord Tracker — latest updates', href: '/feed.atom' }]);
      expect(html.indexOf('application/atom+xml')).toBeLessThan(html.indexOf('</HEAD>'));
    }
  });

  it('a commitment page also announces its own feed, escaped, and both feeds answer', async () => {
    const html = await (await server.get(`/commitments/${trickyCommitment.slug}`)).text();
    expect(alternates(html)).toEqual([
      { title: 'Accord Tracker — latest updates', href: '/feed.atom' },
      {
        title: 'Reopen the &quot;Kaesong&quot; &lt;complex&gt;, &amp; more — updates',
        href: `/commitments/${trickyCommitment.slug}/feed.atom`,
      },
    ]);
    for (const { href } of alternates(html)) expect((await server.get(href!)).status).toBe(200);
  });
});
