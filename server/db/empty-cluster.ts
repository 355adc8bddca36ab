import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PGliteOptions } from '@electric-sql/pglite';

/**
 * PGlite's initdb needs ~750 MB of memory, and WebAssembly memory is never given back. So the build makes
 * an empty cluster once (dist/server/db/empty-cluster.tar.gz) and a new data directory starts from a copy
 * of it instead: ~410 MB. Without the file (running from source) PGlite runs initdb as usual.
 */
export const EMPTY_CLUSTER_FILE = fileURLToPath(new URL('./empty-cluster.tar.gz', import.meta.url));

export const isNewDataDir = (pgliteDir: string) =>
  !existsSync(pgliteDir) || readdirSync(pgliteDir).length === 0;

/** PGlite options for opening pgliteDir: start from the prepared empty cluster when the directory is new. */
export function newClusterOptions(pgliteDir: string): PGliteOptions {
  if (!isNewDataDir(pgliteDir) || !existsSync(EMPTY_CLUSTER_FILE)) return {};
  return { loadDataDir: new Blob([readFileSync(EMPTY_CLUSTER_FILE)]) };
}

/** Writes the empty cluster (run by `npm run build`, where memory is not the production budget). */
export async function writeEmptyCluster(file = EMPTY_CLUSTER_FILE): Promise<void> {
  const client = await PGlite.create();
  try {
    const dump = await client.dumpDataDir('gzip');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await client.close();
  }
}
