import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import { isIsoDate, todayIso } from '../../shared/domain/dates.ts';
import type { DashboardSnapshots, Snapshot } from '../features/dashboard/snapshot-cache.ts';
import { DASHBOARD_CACHE_CONTROL } from '../features/dashboard/routes.ts';
import { chooseEncoding, type Encoding } from './compression/encoding.ts';
import { isFresh, keptVariant, type Variant } from './compression/kept-variants.ts';

const PATH = '/api/v1/dashboard';
const AS_OF_PREFIX = `${PATH}?asOf=`;
const DAY_MS = 86_400_000;

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

/** Today's date, recomputed only when the UTC day turns. */
export function createToday(): () => string {
  let day = '';
  let until = 0;
  return () => {
    const now = Date.now();
    if (now >= until) {
      day = todayIso(new Date(now));
      until = Math.floor(now / DAY_MS) * DAY_MS + DAY_MS;
    }
    return day;
  };
}

interface PreparedHeaders {
  ok: OutgoingHttpHeaders;
  notModified: OutgoingHttpHeaders;
  variant: Variant;
}

/**
 * The dashboard's hot path, in front of Express: a GET of the dashboard whose snapshot is already built
 * is answered from the kept bytes with headers prepared once per snapshot (security headers included),
 * no middleware chain and no per-request log line (a cached public resource; the proxy's access log
 * covers it). Anything else (a first request after a change, an odd query string) returns false and goes
 * through Express as usual, which validates, builds and logs.
 */
export function dashboardHotPath(snapshots: DashboardSnapshots, securityHeaders: RequestHandler) {
  const fixed: OutgoingHttpHeaders = {
    ...headersSetBy(securityHeaders, PATH),
    'cache-control': DASHBOARD_CACHE_CONTROL,
  };
  const prepared = new WeakMap<Snapshot, Partial<Record<Encoding | 'identity', PreparedHeaders>>>();
  const today = createToday();
  /** Headers and body per snapshot and encoding, made once (the compressed body too: decision 065). */
  const headersFor = (snapshot: Snapshot, encoding: Encoding | undefined): PreparedHeaders => {
    let bySnapshot = prepared.get(snapshot);
    if (!bySnapshot) prepared.set(snapshot, (bySnapshot = {}));
    let headers = bySnapshot[encoding ?? 'identity'];
    if (!headers) {
      const variant = keptVariant(snapshot.body, snapshot.etag, encoding);
      const notModified = { ...fixed, vary: 'Accept-Encoding', etag: variant.etag };
      const ok = {
        ...notModified,
        'content-type': 'application/json; charset=utf-8',
        'content-length': variant.body.length,
        ...(variant.encoding ? { 'content-encoding': variant.encoding } : {}),
      };
      headers = { ok, notModified, variant };
      bySnapshot[encoding ?? 'identity'] = headers;
    }
    return headers;
  };

  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'GET' || !req.url) return false;
    let asOf: string;
    if (req.url === PATH) asOf = today();
    else if (req.url.startsWith(AS_OF_PREFIX) && isIsoDate(req.url.slice(AS_OF_PREFIX.length))) {
      asOf = req.url.slice(AS_OF_PREFIX.length);
    } else return false;
    const snapshot = snapshots.peek(asOf);
    if (!snapshot) return false;
    const headers = headersFor(snapshot, chooseEncoding(req.headers['accept-encoding']));
    if (isFresh(req.headers['if-none-match'], headers.variant, snapshot.etag)) {
      res.writeHead(304, headers.notModified).end();
    } else {
      res.writeHead(200, headers.ok).end(headers.variant.body);
    }
    return true;
  };
}
