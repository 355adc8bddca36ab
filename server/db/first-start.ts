import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { isNewDataDir } from './empty-cluster.ts';

// The child's entry point next to this module: .ts under tsx, .js in dist/.
const childTask = fileURLToPath(new URL(`./first-start-child${import.meta.url.slice(-3)}`, import.meta.url));

/**
 * On an empty DATA_DIR, creates, migrates and seeds the embedded database in a short-lived child process
 * (decision 043): the memory that creation takes goes away with the child, so the server itself starts
 * at its steady-state size. Nothing to do for PostgreSQL or an existing data directory.
 */
export async function prepareFirstStart(config: Config, logger: Logger): Promise<void> {
  if (config.DATABASE_URL || !isNewDataDir(resolve(config.DATA_DIR, 'pglite'))) return;
  logger.info('first start: creating the embedded database', { dataDir: resolve(config.DATA_DIR) });
  const child = spawn(process.execPath, [...process.execArgv, childTask], {
    env: process.env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  if (code !== 0)
    throw new FirstStartError(`Creating the embedded database failed (exit ${code}); see above.`);
}

export class FirstStartError extends Error {}
