import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { openPglite } from './client.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { newClusterOptions } from './empty-cluster.ts';
import { runMigrations } from './migrate.ts';
import { seedTrackedRecord } from './seed/seed-record.ts';

// Creating a database touches little data: small shared buffers keep this short-lived process lean.
const LEAN_START = [
  ...(PGlite as unknown as { defaultStartParams: string[] }).defaultStartParams,
  '-c',
  'shared_buffers=16MB',
];

// The child process of prepareFirstStart (first-start.ts): create, migrate, seed, exit.
const config = loadConfig();
const dataDir = resolve(config.DATA_DIR);
const release = lockDataDir(dataDir, 'first start');
try {
  const pgliteDir = resolve(dataDir, 'pglite');
  const database = await openPglite(pgliteDir, { ...newClusterOptions(pgliteDir), startParams: LEAN_START });
  try {
    await runMigrations(database);
    const seed = await seedTrackedRecord(database.db);
    createLogger(config.LOG_LEVEL).info(seed.seeded ? 'seeded' : 'seed skipped', { ...seed });
  } finally {
    await database.close();
  }
} finally {
  release();
}
