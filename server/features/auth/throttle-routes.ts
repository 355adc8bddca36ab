import { Router } from 'express';
import { throttleClearSchema } from '../../../shared/contracts/throttle.ts';
import type { ThrottleEntry } from '../../../shared/contracts/throttle.ts';
import type { Db } from '../../db/client.ts';
import { actorOf, requireRole, writeGuard } from '../../http/auth.ts';
import { parseBody } from '../../http/validate.ts';
import { recordAudit } from '../audit/record.ts';
import { clearThrottles, listThrottles } from './throttle.ts';

/** Admins see who is being slowed down at sign-in, and can clear it (an analyst locked out by mistake). */
export function throttleRoutes(db: Db, publicOrigin?: string): Router {
  const router = Router();
  router.get('/sign-in-throttles', requireRole('admin'), async (_req, res) => {
    const rows = await listThrottles(db);
    res.setHeader('Cache-Control', 'no-store');
    res.json({
      throttles: rows.map((row): ThrottleEntry => ({
        key: row.key,
        attempts: row.failures,
        refused: row.throttledAttempts,
        lastAttemptAt: row.lastFailureAt.toISOString(),
        blockedUntil: row.blockedUntil?.toISOString() ?? null,
      })),
    });
  });
  router.post('/sign-in-throttles/clear', ...writeGuard('admin', publicOrigin), async (req, res) => {
    const target = parseBody(throttleClearSchema, req);
    const cleared = await clearThrottles(db, target);
    await recordAudit(db, actorOf(req, res), {
      action: 'throttle.cleared',
      entity: target.username ? `user:${target.username}` : `address:${target.address}`,
      after: { ...target, cleared },
    });
    res.json({ cleared });
  });
  return router;
}
