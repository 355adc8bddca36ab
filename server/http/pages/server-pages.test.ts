import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitments } from '../../db/schema/index.ts';
import { makeAgreement, makeCommitment, makeUpdate } from '../../test-support/factories.ts';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.ts';
import { startTestServer } from '../../test-support/test-server.ts';
import type { TestServer } from '../../test-support/test-server.ts';

// A stand-in for the built client's index.html (the renderer is the real one, from its source).
const TEMPLATE = `<!doctype html><html lang="en"><head><title>Accord Tracker</title>
<meta name="description" content="default" /></head><body><div id="root"></div>
<noscript>needs JavaScript</noscript></body></html>`;

const h1 = (html: string) => /<h1[^>]*>([^<]*)</.exec(html)?.[1];
const pageData = (html: string) =>
  JSON.parse(/<script type="application\/json" id="page-data">(.*?)<\/script>/s.exec(html)![1]!) as {
    locale: string;
    queries: [unknown[], unknown][];
    missing: unknown[][];
  };

describe.each(TEST_DATABASE_KINDS)('server-rendered pages (%s)', (kind) => {
  let server: TestServer;
  const commitment = makeCommitment({
    slug: 'reopen-the-centre',
    title: 'Reopen the reunion centre',
    titleKo: '이산가족 상설 면회소 개소',
    updates: [makeUpdate({ status: 'implemented', effectiveOn: '2020-01-01' })],
  });

  beforeAll(async () => {
    const clientDir = mkdtempSync(join(tmpdir(), 'accord-client-'));
    mkdirSync(join(clientDir, 'assets'));
    writeFileSync(join(clientDir, 'index.html'), TEMPLATE);
    server = await startTestServer(
      kind,
      [makeAgreement({ slug: 'the-agreement', signedOn: '2018-09-19', commitments: [commitment] })],
      { clientDir, pageRenderer: import('../../../client/src/entry-server.tsx') },
    );
  });
  afterAll(() => server?.close());

  it('renders the dashboard with its data embedded once, and no "needs JavaScript" notice', async () => {
    const response = await server.get('/');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(h1(html)).toBe('The 2018 Korean peace agreements, commitment by commitment');
    expect(html).toContain('>Reopen the reunion centre<');
    expect(html.match(/id="page-data"/g)).toHaveLength(1);
    expect(pageData(html).queries.map(([key]) => key[0])).toEqual(['dashboard', 'timeline']);
    expect(html).not.toContain('needs JavaScript');
  });

  it('renders the headline story and the phone view asked for in the address', async () => {
    const html = await (await server.get('/?view=table&status=implemented')).text();
    // One commitment, implemented since 2020: the figure is at its peak, reached in early 2020.
    expect(html).toContain('The highest so far, first reached in early 2020');
    expect(html).toMatch(/class="progress-line"[^>]*role="img"/);
    expect(html).toContain('dashboard__commitments--table');
    expect(html).toMatch(/<details class="timeline__data" open=""/);
    expect(html).toMatch(/<details class="filters-fold" open=""/);
    expect(html).toContain('aria-label="Show all statuses again"');
    // An unknown view is the list, and is not kept in the page's address.
    const plain = await (await server.get('/?view=sideways')).text();
    expect(plain).toContain('dashboard__commitments--list');
  });

  it('chooses the language: ?lang, then the remembered cookie, then Accept-Language', async () => {
    const asked = await server.get('/?lang=ko', { cookie: 'accord_lang=en' });
    const askedHtml = await asked.text();
    expect(askedHtml).toContain('<html lang="ko"');
    expect(h1(askedHtml)).toBe('2018년 한반도 평화 합의, 약속별 이행 현황');
    expect(asked.headers.get('set-cookie')).toContain('accord_lang=ko');
    expect(pageData(askedHtml).locale).toBe('ko');

    const remembered = await server.get('/', { cookie: 'accord_lang=ko', 'accept-language': 'en' });
    expect(remembered.headers.get('content-language')).toBe('ko');
    expect(remembered.headers.get('set-cookie')).toBeNull();

    const korean = await server.get('/', { 'accept-language': 'ko-KR,ko;q=0.9,en;q=0.8' });
    expect(h1(await korean.text())).toBe('2018년 한반도 평화 합의, 약속별 이행 현황');
    const english = await server.get('/', { 'accept-language': 'en-GB,en;q=0.9,ko;q=0.8' });
    expect(h1(await english.text())).toBe('The 2018 Korean peace agreements, commitment by commitment');
    expect(english.headers.get('vary')).toBe('Accept-Language, Cookie, Accept-Encoding');
  });

  it("keeps the session menu's room for a browser that has signed in, as a page of its own (decision 073)", async () => {
    const anonymous = await (await server.get('/about')).text();
    expect(anonymous).not.toContain('site-header__session');
    expect(anonymous).toContain('class="sign-in-link"');
    const hinted = await (
      await server.get('/about', { cookie: 'accord_lang=en; accord_signed_in=1' })
    ).text();
    expect(hinted).toContain('<div class="site-header__session"></div>');
    expect(hinted).not.toContain('class="sign-in-link"');
    // Kept apart: the anonymous page is not served from the hinted one, nor the other way round.
    expect(await (await server.get('/about')).text()).toBe(anonymous);
  });

  it("holds the first paint until the page's main part is parsed (decision 073)", async () => {
    const html = await (await server.get('/about')).text();
    expect(html).toContain('<link rel="expect" href="#site-footer" blocking="render" />');
    expect(html.indexOf('<footer class="site-footer" id="site-footer"')).toBeGreaterThan(
      html.indexOf('</main>'),
    );
  });

  it('renders a commitment as of a past date, with the status it had then', async () => {
    const then = await (await server.get('/commitments/reopen-the-centre?asOf=2019-06-01')).text();
    expect(h1(then)).toBe('Reopen the reunion centre');
    expect(then).toContain('As of 1 Jun 2019');
    const dashboardThen = await (await server.get('/?asOf=2019-06-01&status=not_started')).text();
    expect(dashboardThen).toContain('Status as it stood on 1 Jun 2019');
    expect(dashboardThen).toContain('1 of 1 commitments matches');
    const dashboardNow = await (await server.get('/?status=not_started')).text();
    expect(dashboardNow).toContain('0 of 1 commitments match');
  });

  it('answers an unknown commitment or address with 404 and the rendered not-found page', async () => {
    for (const path of ['/commitments/no-such-thing', '/agreements/no-such-thing', '/no/such/page']) {
      const response = await server.get(path);
      expect(response.status, path).toBe(404);
      const html = await response.text();
      expect(h1(html), path).toBe('Page not found');
    }
    const missing = pageData(await (await server.get('/commitments/no-such-thing')).text()).missing;
    expect(missing).toEqual([['commitments', 'no-such-thing']]);
  });

  it('redirects an address with empty or meaningless parameters to the one it shows', async () => {
    const response = await fetch(`${server.baseUrl}/?status=&q=&asOf=2999-01-01&category=military&x=1`, {
      redirect: 'manual',
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/?category=military');
    const cleared = await fetch(`${server.baseUrl}/?status=stalled&asOf=2019-01-01&clear=1`, {
      redirect: 'manual',
    });
    expect(cleared.headers.get('location')).toBe('/?asOf=2019-01-01');
  });

  it('keeps the page as bytes with a strong ETag: 304, the same bytes again, dropped on a change', async () => {
    const first = await server.get('/agreements/the-agreement');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{27}(-br|-gz)?"$/); // fetch asks for an encoding: its ETag names it
    const body = await first.text();
    const again = await server.get('/agreements/the-agreement'); // from the kept bytes (the hot path)
    expect(await again.text()).toBe(body);
    expect(again.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await server.get('/agreements/the-agreement', { 'if-none-match': etag })).status).toBe(304);

    await server.database.db.update(commitments).set({ title: 'A new title' });
    server.changes.notify({ entity: '*' });
    const changed = await server.get('/agreements/the-agreement', { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(await changed.text()).toContain('A new title');
  });
});
