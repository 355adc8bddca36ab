import type { Request, RequestHandler } from 'express';
import { HttpError } from './errors.ts';

export const hasBrowserHeaders = (req: Request) => !!(req.get('origin') || req.get('sec-fetch-site'));

/** The answer to a script that writes without a token: how to authenticate instead (decision 037). */
export const scriptRefusal = () =>
  new HttpError(
    403,
    'forbidden',
    'This request has no Origin or Sec-Fetch-Site header, so it comes from a script, not a browser page: ' +
      'use an API token: Authorization: Bearer <token> (create one in the analyst workspace)',
  );

/**
 * The request comes from a page of this site: its Origin matches our own origin, or, without an
 * Origin, the browser says Sec-Fetch-Site: same-origin. Requests that say neither are refused.
 */
export function isSameSiteRequest(req: Request, publicOrigin?: string): boolean {
  const origin = req.get('origin');
  if (origin) return origin === (publicOrigin ?? `${req.protocol}://${req.get('host')}`);
  return req.get('sec-fetch-site') === 'same-origin';
}

export function assertSameSite(req: Request, publicOrigin?: string): void {
  if (isSameSiteRequest(req, publicOrigin)) return;
  throw hasBrowserHeaders(req)
    ? new HttpError(403, 'forbidden', 'Cross-site request refused')
    : scriptRefusal();
}

export function requireSameSite(publicOrigin?: string): RequestHandler {
  return (req, _res, next) => {
    assertSameSite(req, publicOrigin);
    next();
  };
}
