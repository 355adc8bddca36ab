import { Router } from 'express';
import { notFound } from '../../http/errors.ts';
import { routeParam } from '../../http/validate.ts';
import { sendCacheable } from '../open-data/conditional-get.ts';
import type { OpenDataStore } from '../open-data/dataset-store.ts';
import { currentUpdate } from '../open-data/current.ts';
import { renderBadge } from './badge.ts';

/** Badges sit in other sites' pages and READMEs: caches may keep one for five minutes, then revalidate. */
const BADGE_CACHE = 'public, max-age=300, stale-while-revalidate=3600';

/** GET /badges/:slug.svg: a commitment's current status as a small SVG image, for embedding anywhere. */
export function badgeRoutes(store: OpenDataStore): Router {
  const router = Router();
  router.get('/badges/:slug.svg', async (req, res) => {
    const slug = routeParam(req, 'slug');
    const data = await store.get();
    const commitment = data.commitment(slug);
    if (!commitment) throw notFound(`Commitment "${slug}"`);
    const kept = data.responses.get(`badge ${slug}`, () =>
      renderBadge(commitment.title, currentUpdate(data.dataset, slug)?.status ?? 'not_started'),
    );
    sendCacheable(req, res, {
      ...kept,
      contentType: 'image/svg+xml; charset=utf-8',
      cacheControl: BADGE_CACHE,
      headers: { 'Cross-Origin-Resource-Policy': 'cross-origin', 'Access-Control-Allow-Origin': '*' },
    });
  });
  return router;
}
