import { Router } from 'express';
import type { Database } from '../../db/client.ts';
import { HttpError } from '../../http/errors.ts';

/** /healthz: the process answers. /readyz: and its database does too (load balancers route on this). */
export function healthRoutes(database: Database): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await database.ping();
    } catch {
      throw new HttpError(503, 'unavailable', 'The database is not reachable');
    }
    res.json({ status: 'ready', database: database.kind });
  });
  return router;
}
