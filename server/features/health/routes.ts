import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Router } from 'express';
import type { Database } from '../../db/client.ts';
import { HttpError } from '../../http/errors.ts';

/**
 * /healthz: the process answers. /readyz: and its database does too, and the web client is built
 * (when the app serves one): load balancers route on this.
 */
export function healthRoutes(database: Database, clientDir?: string): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (clientDir && !existsSync(join(clientDir, 'index.html')))
      throw new HttpError(503, 'unavailable', 'The web client is not built (npm run build)');
    try {
      await database.ping();
    } catch {
      throw new HttpError(503, 'unavailable', 'The database is not reachable');
    }
    res.json({ status: 'ready', database: database.kind });
  });
  return router;
}
