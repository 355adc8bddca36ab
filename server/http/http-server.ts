import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { App } from './app.ts';

export interface HttpLimits {
  /** A request's headers and body must arrive within this; slow clients are cut (408). */
  requestTimeoutMs: number;
  /** Idle keep-alive connections stay open this long: longer than a load balancer's idle timeout. */
  keepAliveTimeoutMs: number;
  /** How often the server looks for requests past their time. */
  checkEveryMs: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  requestTimeoutMs: 25_000,
  keepAliveTimeoutMs: 65_000, // AWS ALB and many proxies idle out at 60 s: we must not close first
  checkEveryMs: 2_000,
};

/** The HTTP server of one instance: the dashboard's hot path first, then the Express app for everything else. */
export function createHttpServer(
  { app, hotPath, observeHotPath }: Pick<App, 'app' | 'hotPath'> & Partial<Pick<App, 'observeHotPath'>>,
  limits: Partial<HttpLimits> = {},
): Server {
  const { requestTimeoutMs, keepAliveTimeoutMs, checkEveryMs } = { ...DEFAULT_HTTP_LIMITS, ...limits };
  return createServer(
    {
      requestTimeout: requestTimeoutMs,
      headersTimeout: requestTimeoutMs,
      keepAliveTimeout: keepAliveTimeoutMs,
      connectionsCheckingInterval: checkEveryMs,
    },
    (req, res) => {
      const started = process.hrtime.bigint();
      if (!hotPath(req, res)) app(req, res);
      else observeHotPath?.(req, res, started);
    },
  );
}
