import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';
import type { Response } from 'express';
import { routeParam } from '../../http/validate.ts';
import { originOf, sendCacheable } from '../open-data/conditional-get.ts';
import { currentUpdate } from '../open-data/current.ts';
import type { OpenDataStore } from '../open-data/dataset-store.ts';
import { OPEN_DATA_CACHE } from '../open-data/export-routes.ts';
import { renderEmbed, renderEmbedNotFound } from './page.ts';

const assets = fileURLToPath(new URL('./assets', import.meta.url));

function notFoundCard(res: Response, origin: string): void {
  res.status(404).setHeader('Cache-Control', 'no-cache');
  res.type('html').send(renderEmbedNotFound(origin));
}

/** GET /embed/commitments/:slug: a card for other sites' iframes (the only pages that may be framed). */
export function embedRoutes(store: OpenDataStore, publicOrigin?: string): Router {
  const router = Router();
  router.use('/embed/assets', express.static(assets, { maxAge: '1h', fallthrough: false, index: false }));
  router.get('/embed/commitments/:slug', async (req, res) => {
    const slug = routeParam(req, 'slug');
    const origin = originOf(req, publicOrigin);
    const data = await store.get();
    const commitment = data.commitment(slug);
    if (!commitment) return void notFoundCard(res, origin);
    const kept = data.responses.get(`embed ${origin} ${slug}`, () =>
      renderEmbed({
        origin,
        agreement: data.dataset.agreements.find((row) => row.slug === commitment.agreement),
        commitment,
        current: currentUpdate(data.dataset, slug),
      }),
    );
    sendCacheable(req, res, {
      ...kept,
      contentType: 'text/html; charset=utf-8',
      cacheControl: OPEN_DATA_CACHE,
    });
  });
  // Anything else under /embed (which may be framed) gets the card's 404, never the web app.
  router.use('/embed', (req, res) => notFoundCard(res, originOf(req, publicOrigin)));
  return router;
}
