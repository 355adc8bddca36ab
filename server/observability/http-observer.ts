import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler } from 'express';
import { API_PREFIX } from '../../shared/contracts/api-paths.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from './metrics.ts';

export const HOT_PATH_ROUTE = '/api/v1/dashboard';
/** One hot-path request in this many is logged (with `sampled` saying so); all are counted in /metrics. */
export const HOT_PATH_LOG_EVERY = 100;

/** The route pattern that answered (`/api/v1/commitments/:slug`), never the raw path: labels stay few. */
function routeOf(req: Request): string {
  if (req.route?.path) {
    // After an error left the API router, req.baseUrl is reset; the API router is the only one mounted on a path.
    const base = req.baseUrl || (req.originalUrl.startsWith(`${API_PREFIX}/`) ? API_PREFIX : '');
    return `${base}${String(req.route.path)}`;
  }
  if (req.path.startsWith('/api/')) return 'unmatched api';
  return req.method === 'GET' ? 'page or asset' : 'unmatched';
}

/** Counts and times every request Express answers, labelled by its route pattern. */
export function expressObserver(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.observe(routeOf(req), req.method, res.statusCode, seconds);
    });
    next();
  };
}

/** Counts the hot path's answers (which bypass Express) and logs a sample of them. */
export function hotPathObserver(metrics: Metrics | undefined, logger: Logger) {
  let seen = 0;
  return (req: IncomingMessage, res: ServerResponse, started: bigint) => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    metrics?.observe(HOT_PATH_ROUTE, 'GET', res.statusCode, seconds);
    if (++seen % HOT_PATH_LOG_EVERY !== 0) return;
    logger.info('request', {
      method: 'GET',
      path: HOT_PATH_ROUTE,
      status: res.statusCode,
      ms: seconds * 1000,
      hotPath: true,
      sampled: HOT_PATH_LOG_EVERY,
      url: req.url,
    });
  };
}
