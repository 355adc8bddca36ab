import {
  TRACKED_AGREEMENTS,
  TRACKED_DEVELOPMENTS,
  TRACKED_DIRECT_UPDATES,
} from './db/seed/tracked-record.ts';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listeningUrl, spawnServer } from './test-support/spawn-server.ts';
import { lockDataDir } from './db/data-dir-lock.ts';
import type { SpawnedServer } from './test-support/spawn-server.ts';

const SEEDED_UPDATES =
  TRACKED_DIRECT_UPDATES + TRACKED_DEVELOPMENTS.reduce((n, development) => n + development.effects.length, 0);
const SEEDED_COMMITMENTS = TRACKED_AGREEMENTS.reduce((n, agreement) => n + agreement.commitments.length, 0);

const startServer = (dataDir: string) => spawnServer(dataDir);

describe('start-up on the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'accord-start-'));
  const running: SpawnedServer[] = [];
  afterAll(() => running.forEach((server) => server.child.kill('SIGKILL')));

  it('migrates, seeds, serves; refuses a second server; stops cleanly; restarts without re-seeding', async () => {
    const first = startServer(dataDir);
    running.push(first);
    const url = await listeningUrl(first);
    expect(first.output()).toContain('"msg":"seeded"');
    // No web client in CLIENT_DIR: the API answers, but the instance is not ready for traffic.
    const notReady = await fetch(`${url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(JSON.stringify(await notReady.json())).toContain('web client is not built');
    const dashboard = (await (await fetch(`${url}/api/v1/dashboard`)).json()) as { commitments: unknown[] };
    expect(dashboard.commitments).toHaveLength(SEEDED_COMMITMENTS);
    expect(SEEDED_COMMITMENTS).toBe(49);

    const second = startServer(dataDir);
    running.push(second);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain('is in use by another process');
    expect(second.output()).not.toMatch(/\n\s+at /); // a message, not a stack trace

    const userCreate = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'server/scripts/user-create.ts',
        '--username',
        'late',
        '--role',
        'analyst',
        '--password-stdin',
      ],
      { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    userCreate.stdin.end('a-long-enough-password\n');
    let userCreateOutput = '';
    userCreate.stderr.on('data', (chunk: Buffer) => (userCreateOutput += chunk.toString()));
    expect(await new Promise((resolve) => userCreate.on('exit', resolve))).toBe(1);
    expect(userCreateOutput).toContain('Refused: The data directory');

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('"msg":"stopped"');
    lockDataDir(dataDir, 'check')(); // the lock is free: a stopped server holds nothing

    const third = startServer(dataDir);
    running.push(third);
    const thirdUrl = await listeningUrl(third);
    expect(third.output()).toContain('"msg":"seed skipped"');
    // Every update, page by page: as many as the seed writes, none twice.
    let count = 0;
    let before: string | null = null;
    do {
      const page = (await (
        await fetch(`${thirdUrl}/api/v1/updates?limit=100${before ? `&before=${before}` : ''}`)
      ).json()) as { updates: unknown[]; nextBefore: string | null };
      count += page.updates.length;
      before = page.nextBefore;
    } while (before);
    expect(count).toBe(SEEDED_UPDATES);
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);
  }, 300_000);

  it('stops with a clear message on bad configuration', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, PORT: 'eighty', DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(output).toContain('PORT');
    expect(output).not.toMatch(/\n\s+at /);
  }, 90_000); // tsx compiles the entry point first: slow on a loaded CI machine
});
