import { Router } from 'express';
import { asOfQuerySchema } from '../../../shared/contracts/public.ts';
import { todayIso } from '../../../shared/domain/dates.ts';
import { parseQuery } from '../../http/validate.ts';
import type { DashboardSnapshots } from './snapshot-cache.ts';

/** Clients revalidate every time (a write must show at once); a 304 costs only the ETag check. */
export const DASHBOARD_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header === '*' || header.split(',').some((candidate) => candidate.trim() === etag);
}

export function dashboardRoutes(snapshots: DashboardSnapshots): Router {
  const router = Router();
  router.get('/dashboard', async (req, res) => {
    const { asOf } = parseQuery(asOfQuerySchema, req);
    const snapshot = await snapshots.get(asOf ?? todayIso());
    res.setHeader('ETag', snapshot.etag);
    res.setHeader('Cache-Control', DASHBOARD_CACHE_CONTROL);
    if (etagMatches(req.get('if-none-match'), snapshot.etag)) return void res.status(304).end();
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(snapshot.body);
  });
  return router;
}
