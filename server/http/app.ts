import express from 'express';
import type { Express } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_PREFIX } from '../../shared/contracts/api-paths.ts';
import type { Database } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import { apiTokenRoutes } from '../features/api-tokens/routes.ts';
import { agreementRoutes } from '../features/agreements/routes.ts';
import { agreementWriteRoutes } from '../features/agreements/write-routes.ts';
import { auditRoutes } from '../features/audit/routes.ts';
import { authRoutes } from '../features/auth/routes.ts';
import type { CookieSettings } from '../features/auth/session-cookie.ts';
import { CatalogStore } from '../features/catalog/catalog-store.ts';
import { DataChanges } from '../features/catalog/data-changes.ts';
import { commitmentRoutes } from '../features/commitments/routes.ts';
import { commitmentWriteRoutes } from '../features/commitments/write-routes.ts';
import { dashboardRoutes } from '../features/dashboard/routes.ts';
import { developmentRoutes } from '../features/developments/routes.ts';
import { partyRoutes } from '../features/parties/routes.ts';
import { reviewRoutes } from '../features/reviews/routes.ts';
import { DashboardSnapshots } from '../features/dashboard/snapshot-cache.ts';
import { healthRoutes } from '../features/health/routes.ts';
import { liveRoutes } from '../features/live/routes.ts';
import type { LiveStreams } from '../features/live/routes.ts';
import { timelineRoutes } from '../features/timeline/routes.ts';
import { compareRoutes } from '../features/compare/routes.ts';
import { compareBodies } from '../features/compare/compare-bodies.ts';
import { relationWriteRoutes } from '../features/relations/write-routes.ts';
import { timelineBodies } from '../features/timeline/timeline-bodies.ts';
import { updateRoutes } from '../features/updates/routes.ts';
import { userRoutes } from '../features/users/routes.ts';
import { throttleRoutes } from '../features/auth/throttle-routes.ts';
import { badgeRoutes } from '../features/badges/routes.ts';
import { embedRoutes } from '../features/embed/routes.ts';
import { feedRoutes } from '../features/feeds/routes.ts';
import { OpenDataStore } from '../features/open-data/dataset-store.ts';
import { exportRoutes } from '../features/open-data/export-routes.ts';
import { shareCardRoutes } from '../features/share-cards/routes.ts';
import { crawlerRoutes } from '../features/crawlers/routes.ts';
import { openApiRoutes } from '../features/openapi/routes.ts';
import { cookieName } from '../features/auth/session-cookie.ts';
import { loadSession, refuseAnonymousScripts } from './auth.ts';
import { clientPages } from './client-pages.ts';
import { serverPages } from './pages/create-pages.ts';
import type { PageRendererModule } from '../../shared/contracts/page-render.ts';
import type { ServerPages } from './pages/server-pages.ts';
import { dashboardHotPath } from './hot-path.ts';
import { pagesHotPath } from './pages/pages-hot-path.ts';
import { apiNotFound, errorMiddleware } from './error-middleware.ts';
import { inputGuard } from './input-guard.ts';
import { requestContext } from './request-context.ts';
import { compressResponses } from './compression/compress-responses.ts';
import { securityHeaders } from './security-headers.ts';
import { expressObserver, hotPathObserver } from '../observability/http-observer.ts';
import type { Metrics } from '../observability/metrics.ts';
import { metricsRoutes } from '../observability/metrics-routes.ts';

export interface AppOptions {
  database: Database;
  logger: Logger;
  /** The built client (dist/client); omitted in API tests. */
  clientDir?: string;
  /** The site's public origin, when known (PUBLIC_URL); else each request's own host is used. */
  publicOrigin?: string;
  /** Express's trust-proxy value (TRUST_PROXY), so req.ip is the client's address behind a proxy. */
  trustProxy?: string;
  /** Heartbeat interval of live streams (tests shorten it). */
  liveHeartbeatMs?: number;
  /** Request counts and timings for /metrics (server/observability). */
  metrics?: Metrics;
  /** Serve /metrics on this port's app, behind this bearer token (METRICS_TOKEN). */
  metricsToken?: string;
  /** Open live streams allowed in all (tests lower it). */
  liveMaxStreams?: number;
  /**
   * The page renderer (client/src/entry-server.tsx); by default the built one beside clientDir
   * (dist/ssr/entry-server.js). Without one, pages are the bare shell the browser fills in.
   */
  pageRenderer?: Promise<PageRendererModule>;
}

export interface App {
  app: Express;
  changes: DataChanges;
  /** Open live-update streams; main ends them on shutdown. */
  live: LiveStreams;
  /** Answers dashboard requests whose snapshot is built, before Express; false: not handled. */
  hotPath: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** Counts and samples the hot path's answers (which Express never sees). */
  observeHotPath: ReturnType<typeof hotPathObserver>;
  /** The server-rendered pages and their cache, when the client is served. */
  pages: ServerPages | undefined;
}

/** "true", a hop count, or a list of addresses/subnets, as Express understands them. */
function trustProxySetting(value: string | undefined): boolean | number | string {
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Assembles the HTTP application: shared middleware, the API under /api/v1, then the web client. */
export function createApp(options: AppOptions): App {
  const { database, logger, clientDir, publicOrigin, trustProxy } = options;
  const { db } = database;
  const changes = new DataChanges();
  const catalog = new CatalogStore(db, changes);
  const snapshots = new DashboardSnapshots(catalog, changes);
  const timeline = timelineBodies(catalog, db);
  const compare = compareBodies(catalog);
  const openData = new OpenDataStore(db, changes);
  const writes = { db, changes, catalog };
  const live = liveRoutes(db, changes, options.liveHeartbeatMs, options.liveMaxStreams);
  const cookies: CookieSettings = { secure: publicOrigin?.startsWith('https:') ?? false };

  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.set('trust proxy', trustProxySetting(trustProxy));
  if (options.metrics) app.use(expressObserver(options.metrics));
  app.use(requestContext(logger));
  app.use(inputGuard);
  app.use(securityHeaders);
  app.use(compressResponses());
  app.use(healthRoutes(database, clientDir));
  if (options.metrics && options.metricsToken)
    app.use(metricsRoutes(options.metrics.registry, options.metricsToken));
  // Open data (docs/open-data.md): the API description, feeds, badges and embeds, before /api and the client.
  app.use(openApiRoutes({ publicOrigin, cookieName: cookieName(cookies) }));
  app.use(feedRoutes(openData, publicOrigin));
  app.use(badgeRoutes(openData));
  app.use(embedRoutes(openData, publicOrigin));
  const shareCards = shareCardRoutes(catalog, changes, logger);
  app.use(shareCards.router);
  app.use(crawlerRoutes(catalog, publicOrigin));

  const api = express.Router();
  api.use(dashboardRoutes(snapshots)); // the hot path: before the session look-up, which it does not need
  api.use(timelineRoutes(timeline)); // the dashboard's "Status over time": public, no session either
  api.use(compareRoutes(compare)); // the agreements side by side: public, no session
  api.use(exportRoutes(openData));
  api.use(loadSession(db, cookies));
  api.use(refuseAnonymousScripts());
  api.use(authRoutes(db, cookies, publicOrigin));
  api.use(agreementRoutes(db, catalog));
  api.use(agreementWriteRoutes(writes, publicOrigin));
  api.use(commitmentRoutes(db, catalog));
  api.use(commitmentWriteRoutes(writes, publicOrigin));
  api.use(relationWriteRoutes(writes, publicOrigin));
  api.use(reviewRoutes(writes, publicOrigin));
  api.use(developmentRoutes(writes, publicOrigin));
  api.use(partyRoutes(db));
  api.use(updateRoutes(db));
  api.use(live.router);
  api.use(userRoutes(db, publicOrigin));
  api.use(throttleRoutes(db, publicOrigin));
  api.use(auditRoutes(db));
  api.use(apiTokenRoutes(db, publicOrigin));
  api.use(apiNotFound);
  app.use(API_PREFIX, api);
  app.use('/api', apiNotFound);

  const pages = clientDir
    ? serverPages({
        clientDir,
        renderer: options.pageRenderer,
        reads: { db, catalog, snapshots, timeline, compare },
        changes,
        logger,
        cards: shareCards.available,
      })
    : undefined;
  if (clientDir) app.use(clientPages(clientDir, catalog, { pages, publicOrigin, logger }));
  app.use(errorMiddleware(logger));
  const dashboardHot = dashboardHotPath(snapshots, securityHeaders);
  const pagesHot = pages ? pagesHotPath(pages, securityHeaders) : () => false;
  const hotPath = (req: IncomingMessage, res: ServerResponse) => dashboardHot(req, res) || pagesHot(req, res);
  return { app, changes, live, hotPath, observeHotPath: hotPathObserver(options.metrics, logger), pages };
}
