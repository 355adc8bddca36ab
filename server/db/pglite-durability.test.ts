import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from './client.ts';
import type { Database } from './client.ts';
import { runMigrations } from './migrate.ts';
import { agreements } from './schema/index.ts';

// An OS crash cannot be staged in a test; what can be checked is that every acknowledged write has had
// its write-ahead log fsynced (PGlite itself never calls fsync: decision 035).
describe('the embedded database on disk', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openPglite(join(mkdtempSync(join(tmpdir(), 'accord-durable-')), 'pglite'));
    await runMigrations(database);
  }, 60_000);
  afterAll(() => database?.close());

  it('fsyncs the write-ahead log before a write returns, and nothing for a read', async () => {
    const durability = database.durability!;
    expect(durability).toBeDefined();
    const timings: number[] = [];
    for (let i = 0; i < 10; i++) {
      const before = durability.syncedFiles;
      const started = performance.now();
      await database.db.transaction(async (tx) => {
        await tx.insert(agreements).values({
          slug: `durable-${i}`,
          title: 'Durable',
          signedOn: '2018-09-19',
          place: 'Pyongyang',
          parties: ['ROK'],
          summary: 'Kept.',
        });
      });
      timings.push(performance.now() - started);
      expect(durability.syncedFiles).toBeGreaterThan(before);
      expect(durability.lastSynced.some((path) => path.includes('pg_wal'))).toBe(true);
    }
    const before = durability.syncedFiles;
    await database.db.execute(sql`select count(*) from agreements`);
    expect(durability.syncedFiles).toBe(before);
    timings.sort((a, b) => a - b);
    console.log(`pglite durability: 10 writes, median ${timings[5]!.toFixed(1)} ms with fsync`);
  }, 60_000);
});
