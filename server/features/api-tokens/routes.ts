import { Router } from 'express';
import { z } from 'zod';
import { apiTokenCreateSchema } from '../../../shared/contracts/api-tokens.ts';
import type { ApiTokenList } from '../../../shared/contracts/api-tokens.ts';
import { MAX_INT32 } from '../../../shared/domain/limits.ts';
import type { Db } from '../../db/client.ts';
import { actorOf, currentSession, jsonBody, requireCookieSession, requireCsrf } from '../../http/auth.ts';
import { validationError } from '../../http/errors.ts';
import { parseBody } from '../../http/validate.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './service.ts';

const tokenIdSchema = z.coerce.number().int().min(1).max(MAX_INT32);

/** Personal API tokens: managed only from a signed-in browser session (a token cannot mint tokens). */
export function apiTokenRoutes(db: Db, publicOrigin?: string): Router {
  const router = Router();
  const signedIn = requireCookieSession();

  router.get('/tokens', signedIn, async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ tokens: await listApiTokens(db, currentSession(res)!.user.id) } satisfies ApiTokenList);
  });

  router.post('/tokens', signedIn, requireCsrf(publicOrigin), jsonBody, async (req, res) => {
    const input = parseBody(apiTokenCreateSchema, req);
    const created = await createApiToken(db, actorOf(req, res), currentSession(res)!.user, input);
    res.setHeader('Cache-Control', 'no-store');
    res.status(201).json(created);
  });

  router.delete('/tokens/:id', signedIn, requireCsrf(publicOrigin), async (req, res) => {
    const id = tokenIdSchema.safeParse(req.params.id);
    if (!id.success) throw validationError(id.error, 'token id');
    await revokeApiToken(db, actorOf(req, res), currentSession(res)!.user, id.data);
    res.status(204).end();
  });

  return router;
}
