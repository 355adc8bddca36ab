import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Database } from '../db/client.ts';
import { seedIfEmpty } from '../db/seed/apply-seed.ts';
import type { SeedAgreement } from '../db/seed/seed-types.ts';
import { createApp } from '../http/app.ts';
import type { App } from '../http/app.ts';
import { createLogger } from '../logger.ts';
import { openTestDatabase } from './databases.ts';
import type { DatabaseKind } from './databases.ts';

export interface TestServer {
  baseUrl: string;
  database: Database;
  changes: App['changes'];
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** A real server over HTTP on a random port, on a fresh database, optionally seeded. */
export async function startTestServer(
  kind: DatabaseKind,
  seed?: readonly SeedAgreement[],
  options: { clientDir?: string } = {},
): Promise<TestServer> {
  const database = await openTestDatabase(kind);
  if (seed) await seedIfEmpty(database.db, seed);
  const { app, changes } = createApp({
    database,
    logger: createLogger('silent'),
    clientDir: options.clientDir,
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    database,
    changes,
    get: (path, headers) => fetch(baseUrl + path, { headers }),
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await database.close();
    },
  };
}
