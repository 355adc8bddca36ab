import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { App } from './app.ts';

/** The HTTP server of one instance: the dashboard's hot path first, then the Express app for everything else. */
export function createHttpServer({
  app,
  hotPath,
  observeHotPath,
}: Pick<App, 'app' | 'hotPath'> & Partial<Pick<App, 'observeHotPath'>>): Server {
  return createServer((req, res) => {
    const started = process.hrtime.bigint();
    if (!hotPath(req, res)) app(req, res);
    else observeHotPath?.(req, res, started);
  });
}
