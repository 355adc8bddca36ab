import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.ts';

const freshDir = () => mkdtempSync(join(tmpdir(), 'accord-lock-'));

describe('lockDataDir', () => {
  it('refuses a second holder while the first lives, and frees the directory on release', () => {
    const dir = freshDir();
    const release = lockDataDir(dir, 'server');
    expect(existsSync(join(dir, 'accord.lock'))).toBe(true);
    // Another live process holds it: pretend by writing our parent's pid.
    release();
    writeFileSync(
      join(dir, 'accord.lock'),
      JSON.stringify({ pid: process.ppid, purpose: 'server', since: 'now' }),
    );
    expect(() => lockDataDir(dir, 'user:create')).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir, 'user:create')).toThrow(/in use by another process/);
  });

  it('takes over a lock left by a process that has died', async () => {
    const dir = freshDir();
    const child = spawn(process.execPath, ['-e', '0']);
    const deadPid = child.pid!;
    await new Promise((resolve) => child.on('exit', resolve));
    writeFileSync(
      join(dir, 'accord.lock'),
      JSON.stringify({ pid: deadPid, purpose: 'server', since: 'then' }),
    );
    const release = lockDataDir(dir, 'server');
    release();
    expect(existsSync(join(dir, 'accord.lock'))).toBe(false);
  });
});
