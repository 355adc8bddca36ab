import { Router } from 'express';
import { commitmentsQuerySchema } from '../../../shared/contracts/public.ts';
import type { Db } from '../../db/client.ts';
import type { CatalogStore } from '../catalog/catalog-store.ts';
import { parseQuery } from '../../http/validate.ts';
import { getCommitment, listCommitments } from './service.ts';

export function commitmentRoutes(db: Db, catalog: CatalogStore): Router {
  const router = Router();
  router.get('/commitments', async (req, res) => {
    const query = parseQuery(commitmentsQuerySchema, req);
    const commitments = listCommitments(await catalog.get(), query);
    res.json({ commitments, total: commitments.length });
  });
  router.get('/commitments/:slug', async (req, res) => {
    res.json(await getCommitment(db, req.params.slug));
  });
  return router;
}
