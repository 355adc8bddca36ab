import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPglite } from '../client.ts';
import { lockDataDir } from '../data-dir-lock.ts';
import { listTables, readSequences, readTable } from './catalog.ts';

/** Runs a command-line task from source as `npm run` would (run-task picks tsx when dist/ is not current). */
function task(
  name: string,
  args: string[],
  dataDir: string,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', `server/scripts/${name}.ts`, ...args], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

describe('db:backup and db:restore on the embedded database', () => {
  it('refuses while a server holds DATA_DIR, then round-trips through a file into a new DATA_DIR', async () => {
    const root = mkdtempSync(join(tmpdir(), 'accord-backup-cli-'));
    const [source, target, file] = [join(root, 'a'), join(root, 'b'), join(root, 'backup.json.gz')];
    expect((await task('db-seed', [], source)).code).toBe(0);

    const release = lockDataDir(source, 'server'); // as a running server would hold it
    const refused = await task('db-backup', [file], source);
    release();
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('can only be backed up while the server is stopped');
    expect(refused.output).not.toMatch(/\n\s+at /);

    const backedUp = await task('db-backup', ['--', file], source);
    expect(backedUp.code, backedUp.output).toBe(0);
    const restored = await task('db-restore', [file], target);
    expect(restored.code, restored.output).toBe(0);

    const [a, b] = [await openPglite(join(source, 'pglite')), await openPglite(join(target, 'pglite'))];
    try {
      for (const table of await listTables(a.db))
        expect(await readTable(b.db, table)).toEqual(await readTable(a.db, table));
      expect(await readSequences(b.db)).toEqual(await readSequences(a.db));
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 180_000);
});
