import { Router } from 'express';
import { todayIso } from '../../../shared/domain/dates.ts';
import { sendCacheable } from './conditional-get.ts';
import type { OpenDataStore } from './dataset-store.ts';
import { csvFile, jsonFile } from './export-files.ts';

/** Revalidate every time: a new update must show at once, and an unchanged file costs a 304. */
export const OPEN_DATA_CACHE = 'public, max-age=0, must-revalidate';

const download = (extension: string) => `attachment; filename="accord-tracker-${todayIso()}.${extension}"`;

/** GET /export.csv and /export.json (under /api/v1): the whole public dataset as files. */
export function exportRoutes(store: OpenDataStore): Router {
  const router = Router();
  router.get('/export.csv', async (req, res) => {
    const file = csvFile(await store.get());
    sendCacheable(req, res, {
      ...file,
      contentType: 'text/csv; charset=utf-8; header=present',
      cacheControl: OPEN_DATA_CACHE,
      headers: { 'Content-Disposition': download('csv'), 'Access-Control-Allow-Origin': '*' },
    });
  });
  router.get('/export.json', async (req, res) => {
    const file = jsonFile(await store.get());
    sendCacheable(req, res, {
      ...file,
      contentType: 'application/json; charset=utf-8',
      cacheControl: OPEN_DATA_CACHE,
      headers: { 'Content-Disposition': download('json'), 'Access-Control-Allow-Origin': '*' },
    });
  });
  return router;
}
