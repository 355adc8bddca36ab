import express from 'express';
import type { Request, RequestHandler, Response } from 'express';
import type { Db } from '../db/client.ts';
import type { Role } from '../../shared/domain/limits.ts';
import { LIMITS } from '../../shared/domain/limits.ts';
import type { Actor } from '../features/audit/record.ts';
import type { CookieSettings } from '../features/auth/session-cookie.ts';
import { readSessionCookie } from '../features/auth/session-cookie.ts';
import { resolveSession } from '../features/auth/sessions.ts';
import type { ActiveSession } from '../features/auth/sessions.ts';
import { HttpError } from './errors.ts';
import { findUnstorableText } from './input-guard.ts';

const SESSION = Symbol('session');
type WithSession = { [SESSION]?: ActiveSession };

/** The signed-in session of this request, if any (set by loadSession). */
export function currentSession(res: Response): ActiveSession | undefined {
  return (res.locals as WithSession)[SESSION];
}

/** Who is acting, for the audit log. */
export function actorOf(req: Request, res: Response): Actor {
  return {
    username: currentSession(res)?.user.username ?? null,
    requestId: String(res.locals.requestId ?? ''),
    clientAddress: req.ip ?? null,
  };
}

/** Resolves the session cookie, when there is one; public requests without a cookie cost nothing. */
export function loadSession(db: Db, cookies: CookieSettings): RequestHandler {
  return async (req, res, next) => {
    const token = readSessionCookie(req, cookies);
    if (token) {
      const session = await resolveSession(db, token);
      if (session) (res.locals as WithSession)[SESSION] = session;
    }
    next();
  };
}

/** 401 without a session, 403 when the account's role is not enough (admins may do what analysts do). */
export function requireRole(role: Role): RequestHandler {
  return (_req, res, next) => {
    const session = currentSession(res);
    if (!session) throw new HttpError(401, 'unauthenticated', 'Sign in to do this');
    if (role === 'admin' && session.user.role !== 'admin')
      throw new HttpError(403, 'forbidden', 'Only admins may do this');
    next();
  };
}

/**
 * The request comes from a page of this site: its Origin matches our own origin, or, without an
 * Origin, the browser says Sec-Fetch-Site: same-origin. Requests that say neither are refused.
 */
export function isSameSiteRequest(req: Request, publicOrigin?: string): boolean {
  const origin = req.get('origin');
  if (origin) return origin === (publicOrigin ?? `${req.protocol}://${req.get('host')}`);
  return req.get('sec-fetch-site') === 'same-origin';
}

export function requireSameSite(publicOrigin?: string): RequestHandler {
  return (req, _res, next) => {
    if (!isSameSiteRequest(req, publicOrigin))
      throw new HttpError(403, 'forbidden', 'Cross-site request refused');
    next();
  };
}

/** State-changing requests carry the session's CSRF token in X-CSRF-Token, from this site. */
export function requireCsrf(publicOrigin?: string): RequestHandler {
  return (req, res, next) => {
    const session = currentSession(res);
    if (!session || req.get('x-csrf-token') !== session.csrfToken) {
      throw new HttpError(403, 'forbidden', 'Missing or invalid CSRF token');
    }
    if (!isSameSiteRequest(req, publicOrigin))
      throw new HttpError(403, 'forbidden', 'Cross-site request refused');
    next();
  };
}

const parseJson = express.json({ limit: LIMITS.bodyBytes, strict: true, type: 'application/json' });

/** Write bodies are JSON: any other content type is a 400, an oversized body a 413. */
export const jsonBody: RequestHandler = (req, res, next) => {
  if (!req.is('application/json')) {
    throw new HttpError(400, 'validation_error', 'Send the body as JSON with Content-Type: application/json');
  }
  parseJson(req, res, (error?: unknown) => {
    if (error) return next(error);
    const where = findUnstorableText(req.body);
    if (where)
      return next(
        new HttpError(
          400,
          'validation_error',
          `${where}: NUL characters and lone surrogates are not allowed`,
        ),
      );
    next();
  });
};

/** The chain in front of every write: signed in with the role, CSRF-checked, then a JSON body. */
export function writeGuard(role: Role, publicOrigin?: string): RequestHandler[] {
  return [requireRole(role), requireCsrf(publicOrigin), jsonBody];
}
