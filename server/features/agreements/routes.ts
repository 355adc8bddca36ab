import { Router } from 'express';
import type { Db } from '../../db/client.ts';
import type { CatalogStore } from '../catalog/catalog-store.ts';
import { getAgreement, listAgreements } from './service.ts';

export function agreementRoutes(db: Db, catalog: CatalogStore): Router {
  const router = Router();
  router.get('/agreements', async (_req, res) => {
    res.json({ agreements: await listAgreements(db) });
  });
  router.get('/agreements/:slug', async (req, res) => {
    res.json(await getAgreement(db, catalog, req.params.slug));
  });
  return router;
}
