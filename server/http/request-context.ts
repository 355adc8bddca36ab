import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../logger.ts';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;
/** Probes that load balancers and Prometheus send every few seconds: logged only at debug level. */
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/** Gives each request an id (a proxy's, when it looks sane), echoes it, and logs the request when it ends. */
export function requestContext(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get('x-request-id');
    const requestId = incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const quiet = QUIET_PATHS.has(req.path) && res.statusCode < 500;
      logger[quiet ? 'debug' : 'info']('request', {
        reqId: requestId,
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
      });
    });
    next();
  };
}
