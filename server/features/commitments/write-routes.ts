import { Router } from 'express';
import { z } from 'zod';
import { commitmentCreateSchema } from '../../../shared/contracts/admin.ts';
import {
  commitmentPatchSchema,
  newUpdateSchema,
  retractionSchema,
} from '../../../shared/contracts/writes.ts';
import { writeGuard } from '../../http/auth.ts';
import { validationError } from '../../http/errors.ts';
import { parseBody, routeParam } from '../../http/validate.ts';
import { writeContext } from '../../http/write-context.ts';
import type { WriteDeps } from '../../http/write-context.ts';
import { createCommitment, patchCommitment, publishUpdate, retractUpdate } from './write-service.ts';

const updateIdSchema = z.coerce.number().int().min(1).max(2_147_483_647);

export function commitmentWriteRoutes(deps: WriteDeps, publicOrigin?: string): Router {
  const router = Router();
  const analyst = writeGuard('analyst', publicOrigin);

  router.post('/commitments/:slug/updates', ...analyst, async (req, res) => {
    const input = parseBody(newUpdateSchema, req);
    res.status(201).json(await publishUpdate(writeContext(deps, req, res), routeParam(req, 'slug'), input));
  });

  router.post('/updates/:id/retraction', ...analyst, async (req, res) => {
    const id = updateIdSchema.safeParse(req.params.id);
    if (!id.success) throw validationError(id.error, 'update id');
    const input = parseBody(retractionSchema, req);
    res.json(await retractUpdate(writeContext(deps, req, res), id.data, input));
  });

  router.patch('/commitments/:slug', ...analyst, async (req, res) => {
    const input = parseBody(commitmentPatchSchema, req);
    res.json(await patchCommitment(writeContext(deps, req, res), routeParam(req, 'slug'), input));
  });

  router.post('/commitments', ...writeGuard('admin', publicOrigin), async (req, res) => {
    const input = parseBody(commitmentCreateSchema, req);
    res.status(201).json(await createCommitment(writeContext(deps, req, res), input));
  });

  return router;
}
