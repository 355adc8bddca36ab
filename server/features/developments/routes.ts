import { Router } from 'express';
import { z } from 'zod';
import type { DevelopmentDetail, DevelopmentList } from '../../../shared/contracts/public.ts';
import { newDevelopmentSchema } from '../../../shared/contracts/writes.ts';
import { writeGuard } from '../../http/auth.ts';
import { validationError } from '../../http/errors.ts';
import { parseBody } from '../../http/validate.ts';
import { writeContext } from '../../http/write-context.ts';
import type { WriteDeps } from '../../http/write-context.ts';
import { loadParties, presentParty } from '../parties/service.ts';
import { getDevelopment, listDevelopments } from './service.ts';
import { publishDevelopment } from './write-service.ts';

const developmentIdSchema = z.coerce.number().int().min(1).max(2_147_483_647);

/** GET /developments and /developments/:id (public); POST /developments (analyst). */
export function developmentRoutes(deps: WriteDeps, publicOrigin?: string): Router {
  const router = Router();

  router.get('/developments', async (_req, res) => {
    const [developments, parties] = await Promise.all([listDevelopments(deps.db), loadParties(deps.db)]);
    const body: DevelopmentList = { developments, partyRegistry: parties.map(presentParty) };
    res.json(body);
  });

  router.get('/developments/:id', async (req, res) => {
    const id = developmentIdSchema.safeParse(req.params.id);
    if (!id.success) throw validationError(id.error, 'development id');
    const [development, parties] = await Promise.all([
      getDevelopment(deps.db, id.data),
      loadParties(deps.db),
    ]);
    const body: DevelopmentDetail = { ...development, partyRegistry: parties.map(presentParty) };
    res.json(body);
  });

  router.post('/developments', ...writeGuard('analyst', publicOrigin), async (req, res) => {
    const input = parseBody(newDevelopmentSchema, req);
    res.status(201).json(await publishDevelopment(writeContext(deps, req, res), input));
  });

  return router;
}
