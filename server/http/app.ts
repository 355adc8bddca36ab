import express from 'express';
import type { Express } from 'express';
import { API_PREFIX } from '../../shared/contracts/api-paths.ts';
import type { Database } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import { agreementRoutes } from '../features/agreements/routes.ts';
import { CatalogStore } from '../features/catalog/catalog-store.ts';
import { DataChanges } from '../features/catalog/data-changes.ts';
import { commitmentRoutes } from '../features/commitments/routes.ts';
import { dashboardRoutes } from '../features/dashboard/routes.ts';
import { DashboardSnapshots } from '../features/dashboard/snapshot-cache.ts';
import { healthRoutes } from '../features/health/routes.ts';
import { updateRoutes } from '../features/updates/routes.ts';
import { clientPages } from './client-pages.ts';
import { apiNotFound, errorMiddleware } from './error-middleware.ts';
import { requestContext } from './request-context.ts';
import { securityHeaders } from './security-headers.ts';

export interface AppOptions {
  database: Database;
  logger: Logger;
  /** The built client (dist/client); omitted in API tests. */
  clientDir?: string;
}

export interface App {
  app: Express;
  changes: DataChanges;
}

/** Assembles the HTTP application: shared middleware, the API under /api/v1, then the web client. */
export function createApp({ database, logger, clientDir }: AppOptions): App {
  const changes = new DataChanges();
  const catalog = new CatalogStore(database.db, changes);
  const snapshots = new DashboardSnapshots(catalog, changes);

  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(requestContext(logger));
  app.use(securityHeaders);
  app.use(healthRoutes(database));

  const api = express.Router();
  api.use(dashboardRoutes(snapshots));
  api.use(agreementRoutes(database.db));
  api.use(commitmentRoutes(database.db));
  api.use(updateRoutes(database.db));
  api.use(apiNotFound);
  app.use(API_PREFIX, api);
  app.use('/api', apiNotFound);

  if (clientDir) app.use(clientPages(clientDir, catalog));
  app.use(errorMiddleware(logger));
  return { app, changes };
}
