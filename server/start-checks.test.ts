import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs the real entry point and collects what it prints until it exits. */
function runMain(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, DATABASE_URL: '', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

const jsonLines = (text: string) =>
  text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('start-up checks, before any work', () => {
  it('one JSON line per bad variable, exit 1', async () => {
    const result = await runMain({
      PORT: 'eighty',
      TRUST_PROXY: 'sometimes',
      PUBLIC_URL: 'https://x.org/sub',
    });
    expect(result.code).toBe(1);
    const lines = jsonLines(result.stderr);
    expect(lines.map((line) => line.variable).sort()).toEqual(['PORT', 'PUBLIC_URL', 'TRUST_PROXY']);
    expect(lines.every((line) => line.msg === 'invalid configuration' && line.level === 'error')).toBe(true);
  }, 90_000);

  it('a DATA_DIR that cannot be written and a PORT in use stop start-up before the database is touched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'accord-checks-'));
    const notADirectory = join(dir, 'a-file');
    writeFileSync(notADirectory, 'not a directory');
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const result = await runMain({ PORT: String(port), DATA_DIR: join(notADirectory, 'data') });
      expect(result.code).toBe(1);
      const lines = jsonLines(result.stderr);
      expect(lines.map((line) => line.variable).sort()).toEqual(['DATA_DIR', 'PORT']);
      expect(String(lines.find((line) => line.variable === 'PORT')?.problem)).toContain('EADDRINUSE');
      expect(result.stdout).not.toContain('migration');

      // A free port but the same data directory problem: still refused, and nothing created.
      const free = await runMain({ PORT: '0', DATA_DIR: join(notADirectory, 'data') });
      expect(free.code).toBe(1);
      expect(jsonLines(free.stderr).map((line) => line.variable)).toEqual(['DATA_DIR']);
      expect(existsSync(join(dir, 'pglite'))).toBe(false);
    } finally {
      taken.close();
    }
  }, 90_000);

  it('warns when PUBLIC_URL is unset, and logs the configuration with secrets masked', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    // The taken port stops the start right after these lines, with no database work.
    const result = await runMain({
      PORT: String(port),
      METRICS_TOKEN: 'a-very-secret-token-1234',
      PUBLIC_URL: '',
    });
    taken.close();
    const lines = jsonLines(result.stdout);
    const summary = lines.find((line) => line.msg === 'configuration');
    expect(summary).toMatchObject({ METRICS_TOKEN: '(set)', database: 'pglite' });
    expect(lines.find((line) => line.msg === 'PUBLIC_URL is not set')).toMatchObject({ level: 'warn' });
    expect(result.stdout).not.toContain('a-very-secret-token-1234');
    expect(result.code).toBe(1);
  }, 90_000);
});
