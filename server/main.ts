import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig, publicOrigin } from './config.ts';
import { DataDirLockedError } from './db/data-dir-lock.ts';
import { FirstStartError, prepareFirstStart } from './db/first-start.ts';
import { migrateAndLog } from './db/migration-log.ts';
import { openConfiguredDatabase } from './db/open.ts';
import { seedTrackedRecord } from './db/seed/seed-record.ts';
import { createApp } from './http/app.ts';
import { createHttpServer } from './http/http-server.ts';
import { listenForChanges } from './features/catalog/change-broadcast.ts';
import { createLogger } from './logger.ts';
import { schedulePurge } from './features/housekeeping/purge.ts';
import { configSummary } from './observability/config-summary.ts';
import { createMetrics } from './observability/metrics.ts';
import { startMetricsServer } from './observability/metrics-routes.ts';
import { checkEnvironment } from './start-checks.ts';
import { reportStartUpFailure } from './start-up-failure.ts';
import { HARD_EXIT_AFTER_MS, SHUTDOWN_GRACE_MS } from './db/timeouts.ts';

/** Start-up: config -> database (lock, migrate, seed) -> app -> listen; clean shutdown on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  logger.info('configuration', configSummary(config));
  await checkEnvironment(config, logger); // before any work: a bad DATA_DIR or a taken PORT stops us here
  await prepareFirstStart(config, logger);
  const database = await openConfiguredDatabase(config, 'server');
  try {
    await migrateAndLog(database, logger);
    const seed = await seedTrackedRecord(database.db);
    logger.info(seed.seeded ? 'seeded' : 'seed skipped', { ...seed });
  } catch (error) {
    await database.close();
    throw error;
  }

  const metrics = createMetrics();
  const instance = createApp({
    database,
    logger,
    clientDir: config.CLIENT_DIR,
    publicOrigin: publicOrigin(config),
    trustProxy: config.TRUST_PROXY,
    metrics,
    metricsToken: config.METRICS_TOKEN,
  });
  const { changes, live } = instance;
  metrics.watch({ openStreams: live.openCount, poolStats: database.poolStats });
  const stopListening = await listenForChanges(database, changes, logger, () =>
    metrics.listenerReconnects.inc(),
  );
  const stopPurging = schedulePurge(database.db, logger);
  const metricsServer =
    config.METRICS_PORT === undefined
      ? undefined
      : await startMetricsServer(metrics.registry, config.METRICS_PORT, config.HOST);
  const server = createHttpServer(instance, { keepAliveTimeoutMs: config.KEEP_ALIVE_TIMEOUT_MS });
  server.listen(config.PORT, config.HOST, () => {
    const { port } = server.address() as AddressInfo;
    logger.info('listening', { url: `http://localhost:${port}`, database: database.kind });
  });
  server.on('error', (error) => {
    logger.error('server error', { error: error.message });
    void database.close().finally(() => process.exit(1));
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    // In-flight requests get a grace period; idle keep-alive connections close now.
    const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
    // Closing database connections over a dead link can hang for good: never outlive the grace period by much.
    setTimeout(() => {
      logger.error('shutdown did not finish in time; exiting', { afterMs: HARD_EXIT_AFTER_MS });
      process.exit(1);
    }, HARD_EXIT_AFTER_MS).unref();
    live.closeAll(); // live streams never end by themselves
    stopPurging();
    metricsServer?.close();
    server.close(() => {
      clearTimeout(force);
      stopListening()
        .then(() => database.close())
        .catch((error: unknown) => logger.error('database close failed', { error: String(error) }))
        .finally(() => {
          logger.info('stopped');
          process.exit(0);
        });
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.jsonLines());
  else reportStartUpFailure(error, error instanceof DataDirLockedError || error instanceof FirstStartError);
  process.exit(1);
});
