import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirLockedError extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is single-process and has no lock of its own, so two processes on one data directory
 * would corrupt it. We hold an exclusive lock file (created with O_EXCL) holding our pid; a lock
 * left by a dead process is taken over. Returns the function that releases it.
 */
export function lockDataDir(dataDir: string, purpose: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, 'accord.lock');
  const content = JSON.stringify({ pid: process.pid, purpose, since: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockPath, content, { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(lockPath);
      if (holder && isAlive(holder.pid) && holder.pid !== process.pid) {
        throw new DataDirLockedError(
          `The data directory ${dataDir} is in use by another process (pid ${holder.pid}, ${holder.purpose}, since ${holder.since}). ` +
            'Stop that process first, or use another DATA_DIR, or set DATABASE_URL to share a PostgreSQL server.',
        );
      }
      rmSync(lockPath, { force: true }); // stale: its process is gone
    }
  }
  throw new DataDirLockedError(
    `Could not lock the data directory ${dataDir}; another process is starting on it.`,
  );
}

function readHolder(lockPath: string): { pid: number; purpose: string; since: string } | undefined {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, 'utf8')) as {
      pid?: unknown;
      purpose?: unknown;
      since?: unknown;
    };
    if (typeof parsed.pid !== 'number') return undefined;
    return {
      pid: parsed.pid,
      purpose: String(parsed.purpose ?? 'unknown'),
      since: String(parsed.since ?? '?'),
    };
  } catch {
    return undefined;
  }
}
