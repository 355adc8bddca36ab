import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDataDir } from '../../db/data-dir-lock.ts';
import { startTestServer } from '../../test-support/test-server.ts';
import { openDataAgreement } from './test-fixtures.ts';

/** Runs `npm run data:import -- FILE` as a user would (without npm), on an embedded database in dataDir. */
function runImport(dataDir: string, file: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/scripts/data-import.ts', '--', file], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

describe('npm run data:import', () => {
  it('imports into an empty database once, then refuses; refuses broken files and a locked database', async () => {
    const work = mkdtempSync(join(tmpdir(), 'accord-import-'));
    const server = await startTestServer('pglite', [openDataAgreement]);
    const exported = await (await server.get('/api/v1/export.json')).text();
    await server.close();
    const file = join(work, 'export.json');
    writeFileSync(file, exported);
    const brokenFile = join(work, 'broken.json');
    const broken = JSON.parse(exported) as { commitments: { category: string }[] };
    broken.commitments[1]!.category = 'sports';
    writeFileSync(brokenFile, JSON.stringify(broken));
    const dataDir = join(work, 'data');

    const first = await runImport(dataDir, file);
    expect(first.output).toContain(
      `Imported 1 agreements, 2 commitments and 3 updates (0 retracted, 4 sources; 0 developments, 0 reviews) from ${file} (pglite).`,
    );
    expect(first.code).toBe(0);

    const second = await runImport(dataDir, file);
    expect(second.code).toBe(1);
    expect(second.output).toContain(`Refused: nothing was imported from ${file}:`);
    expect(second.output).toContain('The database is not empty (1 agreements, 2 commitments, 3 updates)');

    const bad = await runImport(join(work, 'other-data'), brokenFile);
    expect(bad.code).toBe(1);
    expect(bad.output).toMatch(/commitments\[1\] \(slug "[a-z0-9-]+"\): category: Invalid option/);
    expect(bad.output).not.toMatch(/\n\s+at /); // a message, not a stack trace

    const release = lockDataDir(dataDir, 'server'); // as a running server holds it
    try {
      const locked = await runImport(dataDir, file);
      expect(locked.code).toBe(1);
      expect(locked.output).toContain('is in use by another process');
    } finally {
      release();
    }
  }, 180_000);
});
