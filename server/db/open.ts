import { resolve } from 'node:path';
import type { Config } from '../config.ts';
import { openPglite, openPostgres } from './client.ts';
import type { Database } from './client.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { newClusterOptions } from './empty-cluster.ts';

/**
 * Opens the database the configuration names: PostgreSQL when DATABASE_URL is set, else the embedded
 * PGlite in DATA_DIR, locked for this process. close() also releases the lock.
 */
export async function openConfiguredDatabase(config: Config, purpose: string): Promise<Database> {
  if (config.DATABASE_URL)
    return openPostgres(config.DATABASE_URL, undefined, undefined, config.PG_APPLICATION_NAME);
  const dataDir = resolve(config.DATA_DIR);
  const release = lockDataDir(dataDir, purpose);
  try {
    const pgliteDir = resolve(dataDir, 'pglite');
    const database = await openPglite(pgliteDir, newClusterOptions(pgliteDir));
    return {
      ...database,
      close: async () => {
        try {
          await database.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
