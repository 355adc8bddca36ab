import { randomUUID } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import { isIsoDate, todayIso } from '../../shared/domain/dates.ts';
import type { DashboardSnapshots } from '../features/dashboard/snapshot-cache.ts';
import { DASHBOARD_CACHE_CONTROL, etagMatches } from '../features/dashboard/routes.ts';

const PATH = '/api/v1/dashboard';
const AS_OF_PREFIX = `${PATH}?asOf=`;

/** The headers a middleware sets on every response, read once by running it against a stand-in. */
export function headersSetBy(middleware: RequestHandler, path: string): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  const res = {
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = value),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
    getHeader: (name: string) => headers[name.toLowerCase()],
  };
  middleware(
    { path, url: path, headers: {}, method: 'GET' } as Request,
    res as unknown as Response,
    () => {},
  );
  return headers;
}

/**
 * The dashboard's hot path, in front of Express: a GET of the dashboard whose snapshot is already built
 * is answered from the kept bytes with precomputed headers (security headers included) and no
 * middleware chain. Anything else (a first request after a change, an odd query string) returns false
 * and goes through Express as usual, which validates, builds and logs.
 */
export function dashboardHotPath(snapshots: DashboardSnapshots, securityHeaders: RequestHandler) {
  const fixed: OutgoingHttpHeaders = {
    ...headersSetBy(securityHeaders, PATH),
    'cache-control': DASHBOARD_CACHE_CONTROL,
  };
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'GET' || !req.url) return false;
    let asOf: string;
    if (req.url === PATH) asOf = todayIso();
    else if (req.url.startsWith(AS_OF_PREFIX) && isIsoDate(req.url.slice(AS_OF_PREFIX.length))) {
      asOf = req.url.slice(AS_OF_PREFIX.length);
    } else return false;
    const snapshot = snapshots.peek(asOf);
    if (!snapshot) return false;
    const headers = { ...fixed, etag: snapshot.etag, 'x-request-id': randomUUID() };
    if (etagMatches(req.headers['if-none-match'], snapshot.etag)) {
      res.writeHead(304, headers).end();
    } else {
      res.writeHead(200, {
        ...headers,
        'content-type': 'application/json; charset=utf-8',
        'content-length': snapshot.body.length,
      });
      res.end(snapshot.body);
    }
    return true;
  };
}
