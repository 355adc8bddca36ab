import { Router } from 'express';
import { asOfQuerySchema } from '../../../shared/contracts/public.ts';
import { todayIso } from '../../../shared/domain/dates.ts';
import { parseQuery } from '../../http/validate.ts';
import type { DashboardSnapshots } from './snapshot-cache.ts';
import { chooseEncoding } from '../../http/compression/encoding.ts';
import { isFresh, keptVariant } from '../../http/compression/kept-variants.ts';

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
    // The kept snapshot's compressed form, made once per snapshot (decision 065), like the hot path's.
    const variant = keptVariant(snapshot.body, snapshot.etag, chooseEncoding(req.get('accept-encoding')));
    res.setHeader('ETag', variant.etag);
    res.setHeader('Cache-Control', DASHBOARD_CACHE_CONTROL);
    res.setHeader('Vary', 'Accept-Encoding');
    if (isFresh(req.get('if-none-match'), variant, snapshot.etag)) return void res.status(304).end();
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    if (variant.encoding) res.setHeader('Content-Encoding', variant.encoding);
    res.end(variant.body);
  });
  return router;
}
