import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { report } from './support.ts';

const PORT = 3290;
const FIRST_START_BUDGET_MB = 500;

/** Resident memory of a process and all its descendants, in MB (Linux /proc). */
function treeRssMb(pid: number): number {
  let total = 0;
  const visit = (id: number) => {
    try {
      const status = readFileSync(`/proc/${id}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
      const children = readFileSync(`/proc/${id}/task/${id}/children`, 'utf8').trim();
      for (const child of children.split(/\s+/).filter(Boolean)) visit(Number(child));
    } catch {
      // the process ended meanwhile
    }
  };
  visit(pid);
  return total;
}

interface Run {
  readyMs: number;
  peakMb: number;
  idleMb: number;
  loadedMb: number;
}

/** Starts the server one way, samples its RSS until ready, idles 3 s, then loads it for 10 s. */
async function measure(command: string[], env: Record<string, string>, load: boolean): Promise<Run> {
  const started = Date.now();
  const child = spawn(command[0]!, command.slice(1), {
    env: { ...process.env, ...env, PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let peakMb = 0;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, treeRssMb(child.pid!))), 50);
  const url = `http://127.0.0.1:${PORT}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command.join(' ')} exited with ${child.exitCode}`);
    if ((await fetch(`${url}/healthz`).catch(() => undefined))?.ok) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const readyMs = Date.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const idleMb = treeRssMb(child.pid!);
  let loadedMb = idleMb;
  if (load) {
    await autocannon({
      url,
      connections: 20,
      duration: 10,
      requests: [
        { method: 'GET', path: '/api/v1/dashboard' },
        { method: 'GET', path: '/api/v1/updates?limit=50' },
        { method: 'GET', path: '/api/v1/commitments?q=rail' },
        { method: 'GET', path: '/feed.atom' },
        { method: 'GET', path: '/' },
      ],
    });
    loadedMb = treeRssMb(child.pid!);
  }
  clearInterval(sampler);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  return { readyMs, peakMb: Math.round(peakMb), idleMb: Math.round(idleMb), loadedMb: Math.round(loadedMb) };
}

const line = (label: string, run: Run) =>
  console.log(
    `${label.padEnd(44)} ready ${String(run.readyMs).padStart(5)} ms  peak ${run.peakMb} MB  idle ${run.idleMb} MB  loaded ${run.loadedMb} MB`,
  );

/**
 * Memory and start-up time: the compiled server (node dist/server/main.js) against the TypeScript source
 * through tsx, cold (an empty DATA_DIR or a new PostgreSQL database) and warm (a restart on it).
 */
export async function benchMemory(): Promise<boolean> {
  if (!existsSync('dist/server/main.js')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  const ways = {
    compiled: [process.execPath, 'dist/server/main.js'],
    tsx: [process.execPath, '--import', 'tsx', 'server/main.ts'],
  };
  let holds = true;
  for (const [name, command] of Object.entries(ways)) {
    const dataDir = mkdtempSync(join(tmpdir(), 'accord-memory-'));
    const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
    const cold = await measure(command, env, false);
    line(`${name}, embedded, first start (empty DATA_DIR)`, cold);
    line(`${name}, embedded, restart`, await measure(command, env, true));
    if (name === 'compiled')
      holds = report('first start, peak RSS of the process tree', cold.peakMb, 'MB', {
        max: FIRST_START_BUDGET_MB,
      });
  }
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `accord_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const env = { DATABASE_URL: url.toString() };
    line('compiled, PostgreSQL, first start (new database)', await measure(ways.compiled, env, false));
    line('compiled, PostgreSQL, restart', await measure(ways.compiled, env, true));
    line('tsx, PostgreSQL, restart', await measure(ways.tsx, env, true));
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
  return holds;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = (await benchMemory()) ? 0 : 1;
