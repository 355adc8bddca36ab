import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { headersSetBy } from '../hot-path.ts';
import { sendPage } from './send-page.ts';
import type { ServerPages } from './server-pages.ts';

/**
 * The pages' hot path, in front of Express like the dashboard's: a GET of a page that is kept is answered
 * from its bytes (security headers included), no middleware chain and no log line. Anything else (not
 * kept yet, an address to normalise, not a page) returns false and goes through Express.
 */
export function pagesHotPath(pages: ServerPages, securityHeaders: RequestHandler) {
  const fixed = headersSetBy(securityHeaders, '/');
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'GET' || !req.url || req.url.startsWith('/api/')) return false;
    const resolved = pages.resolve(req.url, req.headers);
    if ('redirect' in resolved) return false;
    const page = pages.peek(resolved.key);
    if (!page) return false;
    sendPage(pages, req, res, page, resolved, fixed);
    return true;
  };
}
