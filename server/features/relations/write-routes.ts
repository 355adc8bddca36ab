import { Router } from 'express';
import {
  agreementRelationCreateSchema,
  commitmentRelationCreateSchema,
} from '../../../shared/contracts/relations.ts';
import { requireCsrf, requireRole, writeGuard } from '../../http/auth.ts';
import { parseBody, routeParam } from '../../http/validate.ts';
import { writeContext } from '../../http/write-context.ts';
import type { WriteDeps } from '../../http/write-context.ts';
import { getAgreement } from '../agreements/service.ts';
import { getCommitment } from '../commitments/service.ts';
import {
  addAgreementRelation,
  addCommitmentRelation,
  removeAgreementRelation,
  removeCommitmentRelation,
} from './write-service.ts';

/** Admins relate agreements and clauses: added under the subject, removed by the pair (either way). */
export function relationWriteRoutes(deps: WriteDeps, publicOrigin?: string): Router {
  const router = Router();
  const admin = writeGuard('admin', publicOrigin);
  // A removal has no body: the same checks without the JSON body.
  const adminRemoval = [requireRole('admin'), requireCsrf(publicOrigin)];
  router.post('/agreements/:slug/relations', ...admin, async (req, res) => {
    const slug = routeParam(req, 'slug');
    await addAgreementRelation(
      writeContext(deps, req, res),
      slug,
      parseBody(agreementRelationCreateSchema, req),
    );
    res.status(201).json(await getAgreement(deps.db, deps.catalog, slug));
  });
  router.delete('/agreements/:slug/relations/:related', ...adminRemoval, async (req, res) => {
    await removeAgreementRelation(
      writeContext(deps, req, res),
      routeParam(req, 'slug'),
      routeParam(req, 'related'),
    );
    res.status(204).end();
  });
  router.post('/commitments/:slug/relations', ...admin, async (req, res) => {
    const slug = routeParam(req, 'slug');
    await addCommitmentRelation(
      writeContext(deps, req, res),
      slug,
      parseBody(commitmentRelationCreateSchema, req),
    );
    res.status(201).json(await getCommitment(deps.db, slug));
  });
  router.delete('/commitments/:slug/relations/:related', ...adminRemoval, async (req, res) => {
    await removeCommitmentRelation(
      writeContext(deps, req, res),
      routeParam(req, 'slug'),
      routeParam(req, 'related'),
    );
    res.status(204).end();
  });
  return router;
}
