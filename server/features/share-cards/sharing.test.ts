import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pyongyang2018Seed } from '../../db/seed/pyongyang-2018.ts';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.ts';
import { startTestServer, type TestServer } from '../../test-support/test-server.ts';
import { ROBOTS_DISALLOWED } from '../crawlers/routes.ts';

const TEMPLATE = `<!doctype html><html lang="en"><head><title>Accord Tracker</title>
<meta name="description" content="default" /></head><body><div id="root"></div></body></html>`;
const ORIGIN = 'https://tracker.example';

const head = (html: string) => html.slice(0, html.indexOf('</head>'));
const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(head(html))?.[1];
const link = (html: string, rel: string, hreflang?: string) =>
  new RegExp(`<link rel="${rel}"${hreflang ? ` hreflang="${hreflang}"` : ''} href="([^"]*)"`).exec(
    head(html),
  )?.[1];

/** A PNG's width and height, from its IHDR chunk (right after the 8-byte signature and the chunk header). */
function pngSize(png: Buffer) {
  expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.each(TEST_DATABASE_KINDS)('sharing: head tags, status cards, robots and sitemap (%s)', (kind) => {
  let server: TestServer;
  const agreement = pyongyang2018Seed[0]!;
  const commitment = agreement.commitments[0]!;

  beforeAll(async () => {
    const clientDir = mkdtempSync(join(tmpdir(), 'accord-client-'));
    mkdirSync(join(clientDir, 'assets'));
    writeFileSync(join(clientDir, 'index.html'), TEMPLATE);
    server = await startTestServer(kind, pyongyang2018Seed, {
      clientDir,
      pageRenderer: import('../../../client/src/entry-server.tsx'),
      publicOrigin: ORIGIN,
    });
  });
  afterAll(() => server?.close());

  const pages = () => [
    { path: '/', card: '/og/dashboard.png', en: 'where every commitment stands', ko: '이행 현황' },
    {
      path: `/agreements/${agreement.slug}`,
      card: `/og/agreements/${agreement.slug}.png`,
      en: agreement.title,
      ko: agreement.titleKo!,
    },
    {
      path: `/commitments/${commitment.slug}`,
      card: `/og/commitments/${commitment.slug}.png`,
      en: commitment.title,
      ko: commitment.titleKo!,
    },
  ];

  it('gives each page a canonical link, hreflang alternates, and share tags in its language', async () => {
    for (const page of pages()) {
      for (const lang of ['en', 'ko'] as const) {
        const html = await (await server.get(`${page.path}?lang=${lang}`)).text();
        const at = (l?: string) => `${ORIGIN}${page.path}${l ? `?lang=${l}` : ''}`;
        expect(link(html, 'canonical'), page.path).toBe(at(lang));
        expect(link(html, 'alternate', 'en')).toBe(at('en'));
        expect(link(html, 'alternate', 'ko')).toBe(at('ko'));
        expect(link(html, 'alternate', 'x-default')).toBe(at());
        const title = meta(html, 'og:title')!;
        expect(title, `${page.path} ${lang}`).toContain(page[lang].replaceAll('"', '&quot;'));
        expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]).toBe(title);
        expect(meta(html, 'twitter:title')).toBe(title);
        const description = meta(html, 'og:description')!;
        expect(description.length).toBeGreaterThan(10);
        if (lang === 'ko') expect(description, page.path).toMatch(/[가-힣]/);
        expect(meta(html, 'description')).toBe(description);
        expect(meta(html, 'og:locale')).toBe(lang === 'en' ? 'en_US' : 'ko_KR');
        expect(meta(html, 'og:image')).toBe(`${ORIGIN}${page.card}?lang=${lang}`);
        expect(meta(html, 'twitter:card')).toBe('summary_large_image');
        expect(meta(html, 'twitter:image')).toBe(meta(html, 'og:image'));
      }
    }
  });

  it("cites a commitment at the site's public address, and hands that address to the browser", async () => {
    // The request comes from 127.0.0.1; the page names PUBLIC_URL, in its HTML and in its data, so the
    // browser's hydration (lib/site-origin.ts) draws the same text.
    const html = await (await server.get(`/commitments/${commitment.slug}?asOf=2019-06-01`)).text();
    const permalink = `${ORIGIN}/commitments/${commitment.slug}?asOf=2019-06-01`;
    expect(html).toContain(`<code>${permalink}</code>`);
    expect(html).toContain(`url          = {${permalink}}`);
    expect(html).toContain(`src=&quot;${ORIGIN}/embed/commitments/${commitment.slug}&quot;`);
    expect(html).toContain(
      `<a href="/commitments/${commitment.slug}/feed.atom" type="application/atom+xml">`,
    );
    const data = /<script type="application\/json" id="page-data">(.*?)<\/script>/s.exec(html)![1]!;
    expect((JSON.parse(data) as { origin: string }).origin).toBe(ORIGIN);
  });

  it('describes the data set on the home page as JSON-LD, pointing at the exports', async () => {
    const html = await (await server.get('/')).text();
    const block = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
    const dataset = JSON.parse(block!) as { '@type': string; distribution: { contentUrl: string }[] };
    expect(dataset['@type']).toBe('Dataset');
    expect(dataset.distribution.map((d) => d.contentUrl)).toEqual([
      `${ORIGIN}/api/v1/export.json`,
      `${ORIGIN}/api/v1/export.csv`,
      `${ORIGIN}/feed.atom`,
    ]);
    const about = await (await server.get('/about')).text();
    expect(about).not.toContain('application/ld+json');
  });

  it('draws each status card as a 1200x630 PNG, in either language, kept until a change', async () => {
    for (const page of pages()) {
      for (const lang of ['en', 'ko']) {
        const response = await server.get(`${page.card}?lang=${lang}`);
        expect(response.status, page.card).toBe(200);
        expect(response.headers.get('content-type')).toBe('image/png');
        expect(pngSize(Buffer.from(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
      }
    }
    const first = await server.get('/og/dashboard.png');
    const etag = first.headers.get('etag')!;
    expect((await server.get('/og/dashboard.png', { 'if-none-match': etag })).status).toBe(304);
    expect((await server.get('/og/commitments/no-such-thing.png')).status).toBe(404);
  });

  it('serves robots.txt that keeps crawlers out of the private areas and names the sitemap', async () => {
    const response = await server.get('/robots.txt');
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^User-agent: \*\nAllow: \/\n/);
    for (const path of ['/workspace', '/admin', '/api/v1/session'])
      expect(text).toContain(`Disallow: ${path}\n`);
    expect(ROBOTS_DISALLOWED).toContain('/login');
    expect(text).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  });

  it('lists every public page, every seeded commitment included, in both languages in a valid sitemap', async () => {
    const response = await server.get('/sitemap.xml');
    expect(response.headers.get('content-type')).toMatch(/^application\/xml/);
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      urlset: { url: { loc: string; 'xhtml:link': { '@_hreflang': string }[] }[] };
    };
    const locs = new Set(parsed.urlset.url.map((url) => url.loc));
    const expected = [
      '/',
      '/updates',
      '/about',
      ...pyongyang2018Seed.map((a) => `/agreements/${a.slug}`),
      ...pyongyang2018Seed.flatMap((a) => a.commitments.map((c) => `/commitments/${c.slug}`)),
    ];
    for (const path of expected)
      for (const lang of ['en', 'ko'])
        expect(locs.has(`${ORIGIN}${path}?lang=${lang}`), `${path} ${lang}`).toBe(true);
    expect(locs.size).toBe(expected.length * 2);
    for (const url of parsed.urlset.url)
      expect(url['xhtml:link'].map((l) => l['@_hreflang'])).toEqual(['en', 'ko', 'x-default']);
  });
});
