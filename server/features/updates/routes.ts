import { Router } from 'express';
import { updatesQuerySchema } from '../../../shared/contracts/public.ts';
import type { Db } from '../../db/client.ts';
import { parseQuery } from '../../http/validate.ts';
import { listRecentUpdates } from './service.ts';

export function updateRoutes(db: Db): Router {
  const router = Router();
  router.get('/updates', async (req, res) => {
    res.json(await listRecentUpdates(db, parseQuery(updatesQuerySchema, req)));
  });
  return router;
}
