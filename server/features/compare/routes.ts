import { Router } from 'express';
import type { Catalog } from '../catalog/catalog.ts';
import type { CatalogStore } from '../catalog/catalog-store.ts';
import { DASHBOARD_CACHE_CONTROL } from '../dashboard/routes.ts';
import { bodyEtag, sendCacheable } from '../open-data/conditional-get.ts';
import { buildCompare, compareCsv } from './build-compare.ts';

interface Built {
  json: string;
  csv: string;
  jsonEtag: string;
  csvEtag: string;
}

/**
 * GET /compare and /compare.csv: the agreements side by side. Built once per catalog, as /timeline is (a
 * data change makes a new catalog, so the WeakMap forgets the old bodies); no date in the body, so the same
 * data gives the same ETag on every instance.
 */
export function compareRoutes(catalog: CatalogStore): Router {
  const built = new WeakMap<Catalog, Built>();
  const current = async (): Promise<Built> => {
    const data = await catalog.get();
    let entry = built.get(data);
    if (!entry) {
      const compare = buildCompare(data);
      const json = JSON.stringify(compare);
      const csv = compareCsv(compare);
      entry = { json, csv, jsonEtag: bodyEtag(json), csvEtag: bodyEtag(csv) };
      built.set(data, entry);
    }
    return entry;
  };
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
