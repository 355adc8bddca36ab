import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig, publicOrigin } from './config.ts';
import { DataDirLockedError } from './db/data-dir-lock.ts';
import { runMigrations } from './db/migrate.ts';
import { openConfiguredDatabase } from './db/open.ts';
import { seedIfEmpty } from './db/seed/apply-seed.ts';
import { pyongyang2018Seed } from './db/seed/pyongyang-2018.ts';
import { createApp } from './http/app.ts';
import { createHttpServer } from './http/http-server.ts';
import { listenForChanges } from './features/catalog/change-broadcast.ts';
import { createLogger } from './logger.ts';
import { reportStartUpFailure } from './start-up-failure.ts';
import { HARD_EXIT_AFTER_MS, SHUTDOWN_GRACE_MS } from './db/timeouts.ts';

/** Start-up: config -> database (lock, migrate, seed) -> app -> listen; clean shutdown on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const database = await openConfiguredDatabase(config, 'server');
  try {
    await runMigrations(database);
    const seed = await seedIfEmpty(database.db, pyongyang2018Seed);
    logger.info(seed.seeded ? 'seeded' : 'seed skipped', { ...seed });
  } catch (error) {
    await database.close();
    throw error;
  }

  const instance = createApp({
    database,
    logger,
    clientDir: config.CLIENT_DIR,
    publicOrigin: publicOrigin(config),
    trustProxy: config.TRUST_PROXY,
  });
  const { changes, live } = instance;
  const stopListening = await listenForChanges(database, changes, logger);
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
  const known = error instanceof ConfigError || error instanceof DataDirLockedError;
  reportStartUpFailure(error, known);
  process.exit(1);
});
