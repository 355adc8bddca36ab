import { Router } from 'express';
import { newReviewSchema } from '../../../shared/contracts/writes.ts';
import { writeGuard } from '../../http/auth.ts';
import { parseBody, routeParam } from '../../http/validate.ts';
import { writeContext } from '../../http/write-context.ts';
import type { WriteDeps } from '../../http/write-context.ts';
import { recordReview } from './write-service.ts';

/** POST /commitments/:slug/reviews (analyst): checked through a day, status unchanged. */
export function reviewRoutes(deps: WriteDeps, publicOrigin?: string): Router {
  const router = Router();
  router.post('/commitments/:slug/reviews', ...writeGuard('analyst', publicOrigin), async (req, res) => {
    const input = parseBody(newReviewSchema, req);
    res.status(201).json(await recordReview(writeContext(deps, req, res), routeParam(req, 'slug'), input));
  });
  return router;
}
