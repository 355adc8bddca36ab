import { Router } from 'express';
import { agreementCreateSchema, agreementPatchSchema } from '../../../shared/contracts/admin.ts';
import { writeGuard } from '../../http/auth.ts';
import { parseBody, routeParam } from '../../http/validate.ts';
import { writeContext } from '../../http/write-context.ts';
import type { WriteDeps } from '../../http/write-context.ts';
import { createAgreement, patchAgreement } from './write-service.ts';

export function agreementWriteRoutes(deps: WriteDeps, publicOrigin?: string): Router {
  const router = Router();
  const admin = writeGuard('admin', publicOrigin);
  router.post('/agreements', ...admin, async (req, res) => {
    res
      .status(201)
      .json(await createAgreement(writeContext(deps, req, res), parseBody(agreementCreateSchema, req)));
  });
  router.patch('/agreements/:slug', ...admin, async (req, res) => {
    const input = parseBody(agreementPatchSchema, req);
    res.json(await patchAgreement(writeContext(deps, req, res), routeParam(req, 'slug'), input));
  });
  return router;
}
