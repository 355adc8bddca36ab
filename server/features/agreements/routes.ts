import { Router } from 'express';
import { asOfQuerySchema } from '../../../shared/contracts/public.ts';
import { parseQuery } from '../../http/validate.ts';
import type { Db } from '../../db/client.ts';
import type { CatalogStore } from '../catalog/catalog-store.ts';
import { getAgreement, listAgreements } from './service.ts';

export function agreementRoutes(db: Db, catalog: CatalogStore): Router {
  const router = Router();
  router.get('/agreements', async (_req, res) => {
    res.json({ agreements: await listAgreements(catalog) });
  });
  router.get('/agreements/:slug', async (req, res) => {
    const { asOf } = parseQuery(asOfQuerySchema, req);
    res.json(await getAgreement(db, catalog, req.params.slug, asOf));
  });
  return router;
}
