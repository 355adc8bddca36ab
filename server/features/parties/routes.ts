import { Router } from 'express';
import type { Db } from '../../db/client.ts';
import type { PartyList } from '../../../shared/contracts/public.ts';
import { loadParties, presentParty } from './service.ts';

/** GET /parties: the registry of parties, public. */
export function partyRoutes(db: Db): Router {
  const router = Router();
  router.get('/parties', async (_req, res) => {
    const body: PartyList = { parties: (await loadParties(db)).map(presentParty) };
    res.json(body);
  });
  return router;
}
