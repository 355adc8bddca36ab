import { closeSync, fsyncSync, openSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

/**
 * PGlite runs PostgreSQL with fsync=off, and its Node file system turns fsync and fdatasync into no-ops:
 * a commit reaches the operating system's page cache, which survives the process (kill -9, OOM) but not
 * the machine (power loss, kernel panic). So after each write, before it is acknowledged, we fsync every
 * file of the data directory that changed since the last sync, write-ahead log first (decision 035).
 */
/**
 * A file's modification time comes from the kernel's coarse clock, which lags Date.now() by up to a tick
 * (1 to 10 ms): a write just after a sync can carry a time just before it. Files changed this long before
 * the last sync are synced again (a clean file's fsync is cheap); missing one would lose a write.
 */
const CLOCK_SLACK_MS = 50;

export class DataDirSync {
  // Files as PGlite left them on opening are the operating system's to flush: a first write would
  // otherwise fsync every file of the cluster, seconds on a busy disk (decision 035, limits).
  private lastSync = Date.now();
  /** How many files have been fsynced, and the last batch: for tests and figures. */
  syncedFiles = 0;
  lastSynced: string[] = [];

  constructor(private readonly dataDir: string) {}

  /** fsyncs what changed since the last call: WAL segments, then data files, then their directories. */
  sync(): void {
    const started = Date.now();
    const changed = this.changedSince(this.dataDir, this.lastSync - CLOCK_SLACK_MS);
    changed.sort((a, b) => Number(b.includes('pg_wal')) - Number(a.includes('pg_wal')));
    for (const path of changed) fsyncPath(path);
    this.syncedFiles += changed.length;
    this.lastSynced = changed;
    this.lastSync = started;
  }

  private changedSince(dir: string, since: number): string[] {
    const found: string[] = [];
    let dirChanged = false;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) found.push(...this.changedSince(path, since));
      else if (entry.isFile() && statSync(path).mtimeMs >= since) {
        found.push(path);
        dirChanged ||= statSync(dir).mtimeMs >= since;
      }
    }
    if (dirChanged) found.push(dir); // a new file's name must be durable too
    return found;
  }
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Statements that change nothing on disk need no sync. */
const READ_ONLY = /^\s*(select|show|with\s[^;]*\bselect\b(?![^;]*\b(insert|update|delete)\b))/i;

/** Makes every committed write of this PGlite durable before it is answered. */
export function syncAfterWrites(client: PGlite, dataDir: string): DataDirSync {
  const syncer = new DataDirSync(dataDir);
  const transaction = client.transaction.bind(client);
  const query = client.query.bind(client);
  client.transaction = (async (work: Parameters<PGlite['transaction']>[0]) => {
    const result = await transaction(work);
    syncer.sync();
    return result;
  }) as PGlite['transaction'];
  client.query = (async (text: string, ...rest: unknown[]) => {
    const result = await (query as (...args: unknown[]) => Promise<unknown>)(text, ...rest);
    if (!READ_ONLY.test(text) || /pg_notify/i.test(text)) syncer.sync();
    return result;
  }) as PGlite['query'];
  return syncer;
}
