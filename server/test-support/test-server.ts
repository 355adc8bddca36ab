import type { AddressInfo } from 'node:net';
import type { Database } from '../db/client.ts';
import { seedIfEmpty } from '../db/seed/apply-seed.ts';
import type { SeedAgreement } from '../db/seed/seed-types.ts';
import { createApp } from '../http/app.ts';
import { createHttpServer } from '../http/http-server.ts';
import type { HttpLimits } from '../http/http-server.ts';
import type { App, AppOptions } from '../http/app.ts';
import { createLogger } from '../logger.ts';
import { listenForChanges } from '../features/catalog/change-broadcast.ts';
import { openTestDatabase } from './databases.ts';
import type { DatabaseKind } from './databases.ts';

export interface TestServer {
  baseUrl: string;
  database: Database;
  changes: App['changes'];
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

type ServeOptions = Partial<
  Pick<
    AppOptions,
    | 'clientDir'
    | 'liveHeartbeatMs'
    | 'metrics'
    | 'metricsToken'
    | 'logger'
    | 'trustProxy'
    | 'liveMaxStreams'
    | 'pageRenderer'
    | 'publicOrigin'
  >
> & { http?: HttpLimits };

/** A real server over HTTP on a random port, on a fresh database, optionally seeded. */
export async function startTestServer(
  kind: DatabaseKind,
  seed?: readonly SeedAgreement[],
  options: ServeOptions = {},
): Promise<TestServer> {
  const database = await openTestDatabase(kind);
  if (seed) await seedIfEmpty(database.db, seed);
  return serveDatabase(database, options);
}

/** Serves an already open database as one instance would: app, change listener, HTTP on a random port. */
export async function serveDatabase(database: Database, options: ServeOptions = {}): Promise<TestServer> {
  const { http, logger = createLogger('silent'), ...appOptions } = options;
  const instance = createApp({ database, ...appOptions, logger });
  const { changes, live } = instance;
  options.metrics?.watch({ openStreams: live.openCount, poolStats: database.poolStats });
  const stopListening = await listenForChanges(database, changes, logger);
  const server = createHttpServer(instance, http);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    database,
    changes,
    get: (path, headers) => fetch(baseUrl + path, { headers }),
    close: async () => {
      live.closeAll();
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections(); // keep-alive sockets of test clients would hold close() for seconds
      await closed;
      await stopListening();
      await database.close();
    },
  };
}
