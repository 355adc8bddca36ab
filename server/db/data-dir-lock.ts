import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export class DataDirLockedError extends Error {}

/**
 * Takes an exclusive flock(2) on the open file behind fd, without waiting; false when another holds it.
 * Node has no flock of its own, so util-linux's flock(1) locks our fd, passed to it as its fd 3: the lock
 * belongs to the open file, which stays open here after flock(1) exits.
 */
function tryFlock(fd: number): boolean {
  const result = spawnSync('flock', ['--exclusive', '--nonblock', '3'], {
    stdio: ['ignore', 'ignore', 'pipe', fd],
  });
  if (result.error) {
    throw new Error(
      `Could not run flock(1) to lock the data directory (${result.error.message}); install util-linux.`,
    );
  }
  return result.status === 0;
}

/**
 * PGlite is single-process and has no lock of its own, so two processes on one data directory would
 * corrupt it. We hold an flock on DATA_DIR/accord.lock: the kernel releases it when our process ends
 * in any way (kill -9, OOM), and it holds across PID namespaces and containers sharing the volume. The
 * file itself is never removed (a removed file would let two processes lock two different files); it
 * only tells a refused process who holds the lock. Returns the function that releases it.
 */
export function lockDataDir(dataDir: string, purpose: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, 'accord.lock');
  const fd = openSync(lockPath, 'a+');
  if (!tryFlock(fd)) {
    closeSync(fd);
    const holder = readHolder(lockPath);
    throw new DataDirLockedError(
      `The data directory ${dataDir} is in use by another process (${holder}). ` +
        'Stop that process first, or use another DATA_DIR, or set DATABASE_URL to share a PostgreSQL server.',
    );
  }
  ftruncateSync(fd, 0);
  writeSync(
    fd,
    JSON.stringify({ pid: process.pid, host: hostname(), purpose, since: new Date().toISOString() }),
  );
  let released = false;
  return () => {
    if (released) return;
    released = true;
    closeSync(fd); // closing our only descriptor of the file releases the flock
  };
}

function readHolder(lockPath: string): string {
  try {
    const { pid, host, purpose, since } = JSON.parse(readFileSync(lockPath, 'utf8')) as Record<
      string,
      unknown
    >;
    return `pid ${String(pid)} on ${String(host ?? '?')}, ${String(purpose)}, since ${String(since)}`;
  } catch {
    return 'holder unknown';
  }
}
