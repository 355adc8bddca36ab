import { Router } from 'express';
import type { Catalog } from '../catalog/catalog.ts';
import type { CatalogStore } from '../catalog/catalog-store.ts';
import { DASHBOARD_CACHE_CONTROL } from '../dashboard/routes.ts';
import { bodyEtag, sendCacheable } from '../open-data/conditional-get.ts';
import { buildTimeline } from './build-timeline.ts';

interface Built {
  body: string;
  etag: string;
}

/**
 * GET /timeline: the status changes behind the dashboard's "Status over time". Built once per catalog (a data
 * change makes a new catalog object, so the WeakMap forgets the old body); no date in the body, so the same
 * data gives the same ETag on every instance.
 */
export function timelineRoutes(catalog: CatalogStore): Router {
  const built = new WeakMap<Catalog, Built>();
  const router = Router();
  router.get('/timeline', async (req, res) => {
    const current = await catalog.get();
    let entry = built.get(current);
    if (!entry) {
      const body = JSON.stringify(buildTimeline(current));
      entry = { body, etag: bodyEtag(body) };
      built.set(current, entry);
    }
    sendCacheable(req, res, {
      body: entry.body,
      etag: entry.etag,
      contentType: 'application/json; charset=utf-8',
      cacheControl: DASHBOARD_CACHE_CONTROL,
    });
  });
  return router;
}
