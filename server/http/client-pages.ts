import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express from 'express';
import type { Request, Response, Router } from 'express';
import type { PageLocale, RenderedPage } from '../../shared/contracts/page-render.ts';
import { cardPath } from '../features/share-cards/routes.ts';
import type { CatalogStore } from '../features/catalog/catalog-store.ts';
import { originOf } from '../features/open-data/conditional-get.ts';
import type { Logger } from '../logger.ts';
import { precompressedStatic } from './compression/precompressed-static.ts';
import { escapeHtml } from '../../shared/lib/escape-html.ts';
import { datasetJsonLd, shareTags } from './pages/share-tags.ts';
import { pageHtml, partStylesheets } from './pages/page-html.ts';
import { sendPage } from './pages/send-page.ts';
import type { ServerPages } from './pages/server-pages.ts';

const SITE = 'Accord Tracker';
const DEFAULT_DESCRIPTION =
  'Where every commitment of the 2018 Pyongyang Joint Declaration and its military agreement stands, how it got there, and the sources.';

interface PageMeta {
  status: number;
  title: string;
  description: string;
  /** Atom feeds of this page, announced besides the site's own (see docs/open-data.md). */
  feeds?: { title: string; href: string }[];
}

const SITE_FEED = { title: `${SITE} — latest updates`, href: '/feed.atom' };

/** Title, description and HTTP status for a client route, so shared links and crawlers read well without JavaScript. */
export async function metaFor(path: string, catalog: CatalogStore, lang: 'en' | 'ko'): Promise<PageMeta> {
  // A `?lang=ko` link shows its Korean title, where the data has one, in previews and search results.
  const titleOf = (row: { title: string; titleKo: string | null }) =>
    lang === 'ko' && row.titleKo ? row.titleKo : row.title;
  if (path === '/') return { status: 200, title: SITE, description: DEFAULT_DESCRIPTION };
  const commitment = /^\/commitments\/([^/]+)\/?$/.exec(path);
  if (commitment) {
    const slug = decodeURIComponent(commitment[1]!);
    const found = (await catalog.get()).commitments.find((row) => row.slug === slug);
    if (found)
      return {
        status: 200,
        title: `${titleOf(found)} — ${SITE}`,
        description: found.text,
        feeds: [
          { title: `${found.title} — updates`, href: `/commitments/${encodeURIComponent(slug)}/feed.atom` },
        ],
      };
  }
  const agreement = /^\/agreements\/([^/]+)\/?$/.exec(path);
  if (agreement) {
    const slug = decodeURIComponent(agreement[1]!);
    const found = (await catalog.get()).agreements.find((row) => row.slug === slug);
    if (found) return { status: 200, title: `${titleOf(found)} — ${SITE}`, description: found.summary };
  }
  if (path === '/updates')
    return {
      status: 200,
      title: `Latest updates — ${SITE}`,
      description: 'The latest status updates across every commitment, newest first, with their sources.',
    };
  if (path === '/compare')
    return {
      status: 200,
      title: `${lang === 'ko' ? '합의별 이행 추이 비교' : 'The agreements side by side'} — ${SITE}`,
      description:
        lang === 'ko'
          ? '합의마다 이행 완료 또는 부분 이행 상태인 합의 사항의 비율이 시간에 따라 어떻게 바뀌었는지 보여 줍니다.'
          : 'For each agreement, the share of its commitments implemented or partially implemented over time, with its peak and the days it fell.',
    };
  if (['/login', '/about'].includes(path))
    return { status: 200, title: SITE, description: DEFAULT_DESCRIPTION };
  // The admin area's and the analyst workspace's pages exist for everyone (the client asks anonymous
  // visitors to sign in).
  if (/^\/(admin|workspace)(\/[a-z0-9-]+)*\/?$/.test(path))
    return { status: 200, title: SITE, description: DEFAULT_DESCRIPTION };
  return { status: 404, title: `Page not found — ${SITE}`, description: DEFAULT_DESCRIPTION };
}

export function renderShell(template: string, meta: PageMeta, lang: 'en' | 'ko', headTags = ''): string {
  // Feed autodiscovery: inserted just before </head>, so it does not depend on the rest of index.html.
  const feedLinks = [SITE_FEED, ...(meta.feeds ?? [])]
    .map(
      (feed) =>
        `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(feed.title)}" href="${escapeHtml(feed.href)}" />`,
    )
    .join('');
  return (
    template
      // Replacer functions, not strings: a "$&" in a title must stay literal.
      .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(meta.title)}</title>`)
      .replace(
        /<meta name="description" content="[^"]*"\s*\/?>/,
        () => `<meta name="description" content="${escapeHtml(meta.description)}" />`,
      )
      .replace(/<\/head>/i, (end) => `${feedLinks}${headTags}${end}`)
      // `?lang=ko` links open in Korean: the first paint and crawlers get the language the client will show.
      .replace(/<html lang="[a-z-]*"/i, `<html lang="${lang}"`)
  );
}

/** The pages the browser draws alone (they need JavaScript and a session); every other page is server-rendered. */
const BROWSER_ONLY = /^\/(login|admin|workspace)(\/|$)/;

/** The status card a page announces as its og:image: its own for an agreement or commitment, else the dashboard's. */
function pageCard(path: string, status: number, lang: PageLocale): string {
  const own = /^\/(agreements|commitments)\/([^/]+)$/.exec(path);
  if (own && status === 200)
    return cardPath(own[1] as 'agreements' | 'commitments', decodeURIComponent(own[2]!), lang);
  return cardPath('dashboard', '', lang);
}

/**
 * Reads the built client's index.html and makes the whole document of a rendered page from it: the title
 * and description the page set (in its language), and the share tags (decision 066).
 */
export function pageDocuments(clientDir: string, catalog: CatalogStore, cards?: () => Promise<boolean>) {
  const template = readFileSync(join(resolve(clientDir), 'index.html'), 'utf8');
  const stylesheets = partStylesheets(resolve(clientDir), template);
  return async (page: RenderedPage, path: string, lang: PageLocale, origin: string) => {
    const fallback = await metaFor(path, catalog, lang);
    const meta = { ...fallback, ...page.meta, status: page.status };
    const image = (await cards?.()) ? pageCard(path, page.status, lang) : undefined;
    let head = '';
    if (page.status === 200) {
      head = shareTags({
        origin,
        path,
        locale: lang,
        title: meta.title,
        description: meta.description,
        image,
      });
      if (path === '/') head += datasetJsonLd(origin, lang, meta.description);
    }
    return pageHtml(renderShell(template, meta, lang, head), page, stylesheets(page.parts));
  };
}

interface ClientPagesOptions {
  /** Server-rendered public pages (absent: every page is the bare shell that the browser fills in). */
  pages?: ServerPages;
  publicOrigin?: string;
  logger?: Logger;
}

/**
 * Serves the built client: hashed assets with long caching; the public pages rendered on the server (and
 * kept: see pages/server-pages.ts); index.html for the pages the browser draws alone, with that page's
 * title and description filled in (and 404 for pages that do not exist).
 */
export function clientPages(
  clientDir: string,
  catalog: CatalogStore,
  options: ClientPagesOptions = {},
): Router {
  const router = express.Router();
  const root = resolve(clientDir);
  const indexPath = join(root, 'index.html');
  if (!existsSync(indexPath)) {
    router.get(/.*/, (_req, res) => {
      res
        .status(503)
        .type('text/plain')
        .send('The web client is not built. Run `npm run build` (npm start does this).');
    });
    return router;
  }
  const template = readFileSync(indexPath, 'utf8');
  // Precompressed forms of the built files first (decision 065); express.static serves the rest.
  router.use(
    precompressedStatic(root, (path) =>
      path.startsWith('/assets/') ? { maxAge: '1y', immutable: true } : { maxAge: '1h', immutable: false },
    ),
  );
  router.use(
    '/assets',
    express.static(join(root, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  router.use(express.static(root, { index: false, maxAge: '1h' }));

  const sendShell = async (req: Request, res: Response) => {
    const lang = req.query.lang === 'ko' ? 'ko' : 'en';
    const meta = await metaFor(req.path, catalog, lang);
    res.status(meta.status).setHeader('Cache-Control', 'no-cache');
    res.type('html').send(renderShell(template, meta, lang));
  };
  const { pages, publicOrigin, logger } = options;
  router.get(/.*/, async (req, res) => {
    if (!pages || BROWSER_ONLY.test(req.path)) return sendShell(req, res);
    const resolved = pages.resolve(req.url, req.headers);
    // Empty filters of the plain form, a date in the future: the address that says what is shown.
    if ('redirect' in resolved) return res.redirect(302, resolved.redirect);
    let page;
    try {
      page = await pages.page(resolved, originOf(req, publicOrigin));
    } catch (error) {
      // The page could not be rendered (the database is down): the browser draws it, and retries.
      logger?.warn('page render failed', { path: req.path, error: String(error) });
      return sendShell(req, res);
    }
    sendPage(pages, req, res, page, resolved);
  });
  return router;
}
