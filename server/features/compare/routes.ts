import { Router } from 'express';
import { DASHBOARD_CACHE_CONTROL } from '../dashboard/routes.ts';
import { sendCacheable } from '../open-data/conditional-get.ts';
import type { CompareBodies } from './compare-bodies.ts';

/** GET /compare and /compare.csv: the agreements side by side, from the bodies kept per catalog. */
export function compareRoutes(current: () => Promise<CompareBodies>): Router {
  const router = Router();
  router.get('/compare', async (req, res) => {
    const entry = await current();
    sendCacheable(req, res, {
      body: entry.json,
      etag: entry.jsonEtag,
      contentType: 'application/json; charset=utf-8',
      cacheControl: DASHBOARD_CACHE_CONTROL,
    });
  });
  router.get('/compare.csv', async (req, res) => {
    const entry = await current();
    sendCacheable(req, res, {
      body: entry.csv,
      etag: entry.csvEtag,
      contentType: 'text/csv; charset=utf-8',
      cacheControl: DASHBOARD_CACHE_CONTROL,
      headers: {
        'Content-Disposition': 'attachment; filename="accord-tracker-compare.csv"',
        'Access-Control-Allow-Origin': '*',
      },
    });
  });
  return router;
}
