import express from 'express';
import type { Request, RequestHandler, Response } from 'express';
import type { Db } from '../db/client.ts';
import type { Role } from '../../shared/domain/limits.ts';
import { LIMITS } from '../../shared/domain/limits.ts';
import type { UserRow } from '../db/schema/index.ts';
import type { Actor } from '../features/audit/record.ts';
import { resolveApiToken } from '../features/api-tokens/service.ts';
import type { CookieSettings } from '../features/auth/session-cookie.ts';
import { readSessionCookie } from '../features/auth/session-cookie.ts';
import { resolveSession } from '../features/auth/sessions.ts';
import type { ActiveSession } from '../features/auth/sessions.ts';
import { HttpError } from './errors.ts';
import { assertSameSite, hasBrowserHeaders, scriptRefusal } from './same-site.ts';
import { findUnstorableText } from './input-guard.ts';

const SESSION = Symbol('session');
const TOKEN = Symbol('apiToken');
type WithCaller = {
  [SESSION]?: ActiveSession;
  /** A bearer token was presented: who it acts for, or 'refused' (unknown, expired, revoked, disabled). */
  [TOKEN]?: { tokenId: number; user: UserRow } | 'refused';
};
const callerOf = (res: Response) => res.locals as WithCaller;

/** The signed-in (cookie) session of this request, if any (set by loadSession). */
export function currentSession(res: Response): ActiveSession | undefined {
  return callerOf(res)[SESSION];
}

/** The API token this request acts with, if it presented a valid one. */
export function currentApiToken(res: Response): { tokenId: number; user: UserRow } | undefined {
  const token = callerOf(res)[TOKEN];
  return token === 'refused' ? undefined : token;
}

/** The account acting: through a valid API token, else through the session cookie. */
export function currentUser(res: Response): UserRow | undefined {
  return currentApiToken(res)?.user ?? currentSession(res)?.user;
}

/** Who is acting, for the audit log. */
export function actorOf(req: Request, res: Response): Actor {
  return {
    username: currentUser(res)?.username ?? null,
    requestId: String(res.locals.requestId ?? ''),
    clientAddress: req.ip ?? null,
  };
}

/** The token of "Authorization: Bearer <token>", if the request has one. */
function bearerToken(req: Request): string | undefined {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
  return match?.[1];
}

/**
 * Resolves who is calling: an API token when the request presents one (its cookie is then ignored), else
 * the session cookie. Public requests with neither cost nothing.
 */
export function loadSession(db: Db, cookies: CookieSettings): RequestHandler {
  return async (req, res, next) => {
    const bearer = bearerToken(req);
    if (bearer !== undefined) {
      callerOf(res)[TOKEN] = (await resolveApiToken(db, bearer)) ?? 'refused';
      return next();
    }
    const token = readSessionCookie(req, cookies);
    if (token) {
      const session = await resolveSession(db, token);
      if (session) callerOf(res)[SESSION] = session;
    }
    next();
  };
}

const refusedToken = () =>
  new HttpError(
    401,
    'unauthenticated',
    'The API token is unknown, expired or revoked, or its account is disabled',
  );

/** 401 without a session or valid token, 403 when the account's role is not enough (admins may do what analysts do). */
export function requireRole(role: Role): RequestHandler {
  return (_req, res, next) => {
    if (callerOf(res)[TOKEN] === 'refused') throw refusedToken();
    const user = currentUser(res);
    if (!user) throw new HttpError(401, 'unauthenticated', 'Sign in to do this');
    if (role === 'admin' && user.role !== 'admin')
      throw new HttpError(403, 'forbidden', 'Only admins may do this');
    next();
  };
}

/** Routes that manage sign-in itself (sessions, tokens) take a signed-in browser session: a token cannot mint tokens. */
export function requireCookieSession(): RequestHandler {
  return (_req, res, next) => {
    if (callerOf(res)[TOKEN] === 'refused') throw refusedToken();
    if (currentApiToken(res))
      throw new HttpError(403, 'forbidden', 'An API token cannot be used here: sign in with your password');
    if (!currentSession(res)) throw new HttpError(401, 'unauthenticated', 'Sign in to do this');
    next();
  };
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A write with no session, no token and neither Origin nor Sec-Fetch-Site is a script that has not
 * authenticated: refuse it with a pointer to API tokens. Browsers always send one of the two on writes.
 */
export function refuseAnonymousScripts(): RequestHandler {
  return (req, res, next) => {
    const anonymous = !currentSession(res) && callerOf(res)[TOKEN] === undefined;
    if (anonymous && !READ_METHODS.has(req.method) && !hasBrowserHeaders(req)) throw scriptRefusal();
    next();
  };
}

/**
 * State-changing requests carry the session's CSRF token in X-CSRF-Token, from this site. A request with an
 * API token needs neither: browsers never attach one by themselves, so it cannot be forged cross-site.
 */
export function requireCsrf(publicOrigin?: string): RequestHandler {
  return (req, res, next) => {
    if (currentApiToken(res)) return next();
    const session = currentSession(res);
    if (!session || req.get('x-csrf-token') !== session.csrfToken) {
      throw new HttpError(403, 'forbidden', 'Missing or invalid CSRF token');
    }
    assertSameSite(req, publicOrigin);
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
