import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.ts';

const freshDir = () => mkdtempSync(join(tmpdir(), 'accord-lock-'));
const lockFile = (dir: string) => join(dir, 'accord.lock');
const claim = (dir: string, pid: number) =>
  writeFileSync(lockFile(dir), JSON.stringify({ pid, purpose: 'server', since: 'then' }));

/** Another process that takes the lock, says "locked" or "refused", and holds it until killed. */
function holder(dir: string): { child: ChildProcess; answer: Promise<string> } {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      `import('./server/db/data-dir-lock.ts').then(({ lockDataDir }) => {
         try { lockDataDir(${JSON.stringify(dir)}, 'holder'); console.log('locked'); }
         catch { console.log('refused'); }
         setTimeout(() => {}, 60_000);
       })`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const answer = new Promise<string>((resolve) =>
    child.stdout!.on('data', (chunk: Buffer) => resolve(chunk.toString().trim())),
  );
  return { child, answer };
}

describe('lockDataDir: a lock the kernel releases with its process', () => {
  const children: ChildProcess[] = [];
  afterEach(() => children.splice(0).forEach((child) => child.kill('SIGKILL')));

  it('refuses a second holder while the first lives, and frees the directory on release', () => {
    const dir = freshDir();
    const release = lockDataDir(dir, 'server');
    expect(() => lockDataDir(dir, 'user:create')).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir, 'user:create')).toThrow(/in use by another process/);
    release();
    lockDataDir(dir, 'user:create')();
  });

  it("refuses while another process holds it, even when the file names a pid this namespace can't see", async () => {
    const dir = freshDir();
    const other = holder(dir);
    children.push(other.child);
    expect(await other.answer).toBe('locked');
    claim(dir, 999_999_999); // as a server in another container would appear: its pid means nothing here
    expect(() => lockDataDir(dir, 'server')).toThrow(DataDirLockedError);
  });

  it('a lock left by kill -9 never blocks a restart, even when its pid now belongs to a live process', async () => {
    const dir = freshDir();
    const killed = holder(dir);
    expect(await killed.answer).toBe('locked');
    killed.child.kill('SIGKILL');
    await new Promise((resolve) => killed.child.on('exit', resolve));
    claim(dir, process.ppid); // the pid was reused by a process that is alive
    lockDataDir(dir, 'server')();
  });

  it('of three processes racing for a stale lock, exactly one wins', async () => {
    for (let round = 0; round < 3; round++) {
      const dir = freshDir();
      claim(dir, 999_999_999);
      const racers = [holder(dir), holder(dir), holder(dir)];
      children.push(...racers.map((racer) => racer.child));
      const answers = await Promise.all(racers.map((racer) => racer.answer));
      expect(answers.filter((answer) => answer === 'locked')).toHaveLength(1);
      children.splice(0).forEach((child) => child.kill('SIGKILL'));
    }
  }, 30_000);

  it("release never removes another process's lock", async () => {
    const dir = freshDir();
    const release = lockDataDir(dir, 'server');
    release();
    const other = holder(dir);
    children.push(other.child);
    expect(await other.answer).toBe('locked');
    release(); // a second release, late: must not free the other's lock
    expect(() => lockDataDir(dir, 'server')).toThrow(DataDirLockedError);
  });
});
