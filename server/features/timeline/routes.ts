import { Router } from 'express';
import { DASHBOARD_CACHE_CONTROL } from '../dashboard/routes.ts';
import { sendCacheable } from '../open-data/conditional-get.ts';
import type { TimelineBody } from './timeline-bodies.ts';

/** GET /timeline: the status changes behind the dashboard's "Status over time". */
export function timelineRoutes(timeline: () => Promise<TimelineBody>): Router {
  const router = Router();
  router.get('/timeline', async (req, res) => {
    const entry = await timeline();
    sendCacheable(req, res, {
      body: entry.body,
      etag: entry.etag,
      contentType: 'application/json; charset=utf-8',
      cacheControl: DASHBOARD_CACHE_CONTROL,
    });
  });
  return router;
}
