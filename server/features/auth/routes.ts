import { Router } from 'express';
import { signInRequestSchema } from '../../../shared/contracts/auth.ts';
import type { SessionResponse } from '../../../shared/contracts/auth.ts';
import type { Role } from '../../../shared/domain/limits.ts';
import type { Db } from '../../db/client.ts';
import { actorOf, currentSession, jsonBody, requireCsrf, requireCookieSession } from '../../http/auth.ts';
import { requireSameSite } from '../../http/same-site.ts';
import { HttpError } from '../../http/errors.ts';
import { parseBody } from '../../http/validate.ts';
import { recordAudit } from '../audit/record.ts';
import type { CookieSettings } from './session-cookie.ts';
import { clearSessionCookie, setSessionCookie } from './session-cookie.ts';
import { ThrottledError, signIn } from './service.ts';
import { SESSION_ABSOLUTE_MS, endSession } from './sessions.ts';

export function authRoutes(db: Db, cookies: CookieSettings, publicOrigin?: string): Router {
  const router = Router();

  // Sign-in has no session yet, so no CSRF token: the same-site check stops login CSRF.
  router.post('/session', requireSameSite(publicOrigin), jsonBody, async (req, res) => {
    const credentials = parseBody(signInRequestSchema, req);
    try {
      const { token, ...session } = await signIn(db, credentials, actorOf(req, res));
      setSessionCookie(res, cookies, token, SESSION_ABSOLUTE_MS / 1000);
      res.setHeader('Cache-Control', 'no-store');
      res.json(session satisfies SessionResponse);
    } catch (error) {
      if (error instanceof ThrottledError) res.setHeader('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
  });

  router.get('/session', (_req, res) => {
    const session = currentSession(res);
    if (!session) {
      clearSessionCookie(res, cookies); // an ended or expired session: drop the stale cookies too
      throw new HttpError(401, 'unauthenticated', 'Not signed in');
    }
    const { user, csrfToken } = session;
    res.setHeader('Cache-Control', 'no-store');
    res.json({
      user: { username: user.username, displayName: user.displayName, role: user.role as Role },
      csrfToken,
    } satisfies SessionResponse);
  });

  router.delete('/session', requireCookieSession(), requireCsrf(publicOrigin), async (req, res) => {
    const session = currentSession(res)!;
    await endSession(db, session.id);
    await recordAudit(db, actorOf(req, res), {
      action: 'session.ended',
      entity: `user:${session.user.username}`,
    });
    clearSessionCookie(res, cookies);
    res.status(204).end();
  });

  return router;
}
