import { Router } from 'express';
import type { CatalogStore } from '../catalog/catalog-store.ts';
import { originOf, sendCacheable } from '../open-data/conditional-get.ts';

const LOCALES = ['en', 'ko'] as const;
/** Crawlers read these now and then; an hour-old sitemap is fine. */
const CRAWLER_CACHE_CONTROL = 'public, max-age=3600';

/** Pages for signed-in people and the session API: nothing a search engine should list. */
export const ROBOTS_DISALLOWED = [
  '/workspace',
  '/admin',
  '/login',
  '/api/v1/session',
  '/api/v1/auth',
  '/api/v1/events',
];

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** One <url> per page and language, each listing both languages and the negotiated address as alternates. */
function sitemapEntry(origin: string, path: string): string {
  const at = (lang?: string) => escapeXml(`${origin}${path}${lang ? `?lang=${lang}` : ''}`);
  const alternates =
    LOCALES.map((lang) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${at(lang)}"/>`).join('') +
    `<xhtml:link rel="alternate" hreflang="x-default" href="${at()}"/>`;
  return LOCALES.map((lang) => `<url><loc>${at(lang)}</loc>${alternates}</url>`).join('\n');
}

/** /robots.txt and /sitemap.xml (decision 066): every public page in both languages. */
export function crawlerRoutes(catalog: CatalogStore, publicOrigin?: string): Router {
  const router = Router();
  router.get('/robots.txt', (req, res) => {
    const body = [
      'User-agent: *',
      'Allow: /',
      ...ROBOTS_DISALLOWED.map((path) => `Disallow: ${path}`),
      '',
      `Sitemap: ${originOf(req, publicOrigin)}/sitemap.xml`,
      '',
    ].join('\n');
    sendCacheable(req, res, {
      body,
      contentType: 'text/plain; charset=utf-8',
      cacheControl: CRAWLER_CACHE_CONTROL,
    });
  });
  router.get('/sitemap.xml', async (req, res) => {
    const origin = originOf(req, publicOrigin);
    const { agreements, commitments } = await catalog.get();
    const paths = [
      '/',
      '/updates',
      '/about',
      ...agreements.map((row) => `/agreements/${encodeURIComponent(row.slug)}`),
      ...commitments.map((row) => `/commitments/${encodeURIComponent(row.slug)}`),
    ];
    const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${paths.map((path) => sitemapEntry(origin, path)).join('\n')}
</urlset>
`;
    sendCacheable(req, res, {
      body,
      contentType: 'application/xml; charset=utf-8',
      cacheControl: CRAWLER_CACHE_CONTROL,
    });
  });
  return router;
}
