import { Router } from 'express';
import { userCreateSchema, userPatchSchema } from '../../../shared/contracts/admin.ts';
import type { Db } from '../../db/client.ts';
import { actorOf, requireRole, writeGuard } from '../../http/auth.ts';
import { parseBody, routeParam } from '../../http/validate.ts';
import { createUser, listUsers, patchUser } from './service.ts';

export function userRoutes(db: Db, publicOrigin?: string): Router {
  const router = Router();
  router.get('/users', requireRole('admin'), async (_req, res) => {
    res.json({ users: await listUsers(db) });
  });
  router.post('/users', ...writeGuard('admin', publicOrigin), async (req, res) => {
    res.status(201).json(await createUser(db, actorOf(req, res), parseBody(userCreateSchema, req)));
  });
  router.patch('/users/:username', ...writeGuard('admin', publicOrigin), async (req, res) => {
    res.json(
      await patchUser(db, actorOf(req, res), routeParam(req, 'username'), parseBody(userPatchSchema, req)),
    );
  });
  return router;
}
