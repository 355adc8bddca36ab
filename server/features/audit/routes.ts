import { Router } from 'express';
import { auditQuerySchema } from '../../../shared/contracts/admin.ts';
import type { Db } from '../../db/client.ts';
import { requireRole } from '../../http/auth.ts';
import { parseQuery } from '../../http/validate.ts';
import { listAuditEvents } from './service.ts';

export function auditRoutes(db: Db): Router {
  const router = Router();
  router.get('/audit', requireRole('admin'), async (req, res) => {
    res.json(await listAuditEvents(db, parseQuery(auditQuerySchema, req)));
  });
  return router;
}
