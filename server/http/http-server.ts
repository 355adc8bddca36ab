import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { App } from './app.ts';

/** The HTTP server of one instance: the dashboard's hot path first, then the Express app for everything else. */
export function createHttpServer({ app, hotPath }: Pick<App, 'app' | 'hotPath'>): Server {
  return createServer((req, res) => {
    if (!hotPath(req, res)) app(req, res);
  });
}
