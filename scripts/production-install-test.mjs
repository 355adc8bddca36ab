// `npm run test:install`: the container image's recipe (Dockerfile), run without docker on a clean copy:
// npm ci, build, prune to production dependencies, then start with plain node and with `npm start`, probe
// pages and the API, and stop with SIGTERM, which must end the process with 0 within 10 s. On the embedded
// database always, and on PostgreSQL too when TEST_DATABASE_URL is set.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ROOT } from './build-state.mjs';

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const step = (what) => console.log(`[install test ${elapsed()}] ${what}`);
const sh = (command, args, cwd) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
const fail = (message) => {
  throw new Error(message);
};

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** A clean copy of the working tree: the files git knows or would add, nothing ignored (no node_modules, dist, data). */
function cleanCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'accord-install-'));
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT })
    .toString()
    .split('\0')
    .filter((file) => file && existsSync(join(ROOT, file)));
  execFileSync('cp', ['--parents', '-t', dir, ...files], { cwd: ROOT });
  return dir;
}

async function waitForReady(base, child, output) {
  for (let waited = 0; waited < 180_000; waited += 200) {
    if (child.exitCode !== null)
      fail(`the server exited with ${child.exitCode} before it was ready:\n${output()}`);
    const ready = await fetch(`${base}/readyz`).catch(() => undefined);
    if (ready?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  fail(`the server was not ready within 180 s:\n${output()}`);
}

/** The Dockerfile's steps that this script stands in for; a change there must be mirrored here. */
function dockerfileRecipe() {
  const text = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  for (const line of [
    'FROM node:24-bookworm-slim AS build',
    'RUN npm ci --no-audit --no-fund',
    'npm run build',
    'FROM node:24-bookworm-slim AS runtime',
    'RUN npm ci --omit=dev',
    'USER node',
    'VOLUME ["/data"]',
    'CMD ["node", "dist/server/main.js"]',
  ])
    if (!text.includes(line)) fail(`the Dockerfile no longer has "${line}": update this test with it`);
  const healthcheck = /HEALTHCHECK[^\n]*\\\n\s*CMD (\[.*\])/.exec(text);
  if (!healthcheck) fail('the Dockerfile has no HEALTHCHECK CMD [...]');
  return { healthcheck: JSON.parse(healthcheck[1]) };
}

async function expectAnswers(base) {
  const page = await fetch(`${base}/`);
  const html = await page.text();
  if (page.status !== 200 || !html.includes('<div id="root"')) fail(`GET / answered ${page.status}`);
  const dashboard = await fetch(`${base}/api/v1/dashboard`);
  const body = await dashboard.json();
  if (dashboard.status !== 200 || body.commitments?.length !== 49)
    fail(`GET /api/v1/dashboard answered ${dashboard.status} with ${body.commitments?.length} commitments`);
  const health = await fetch(`${base}/healthz`);
  if (health.status !== 200) fail(`GET /healthz answered ${health.status}`);
}

/** Starts the installed server, checks it answers, sends SIGTERM and expects exit 0 within 10 s. */
async function startProbeStop(label, dir, command, args, env, healthcheck) {
  const port = await freePort();
  const child = spawn(command, args, {
    cwd: dir,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout.on('data', (chunk) => (text += chunk));
  child.stderr.on('data', (chunk) => (text += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const base = `http://127.0.0.1:${port}`;
  const since = Date.now();
  await waitForReady(base, child, () => text);
  step(`${label}: ready in ${((Date.now() - since) / 1000).toFixed(1)} s`);
  await expectAnswers(base);
  if (healthcheck) {
    // The image's HEALTHCHECK command, as docker would run it inside the container.
    const [bin, ...rest] = healthcheck;
    execFileSync(bin === 'node' ? process.execPath : bin, rest, {
      env: { ...process.env, PORT: String(port) },
    });
    step(`${label}: the Dockerfile's HEALTHCHECK passes`);
  }
  const stopAt = Date.now();
  child.kill('SIGTERM');
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 10_000));
  const result = await Promise.race([exited, timeout]);
  if (result === 'timeout') {
    child.kill('SIGKILL');
    fail(`${label}: still running 10 s after SIGTERM`);
  }
  if (result.code !== 0)
    fail(`${label}: exited with ${result.code ?? result.signal} after SIGTERM:\n${text}`);
  // The port is free again: nothing (an orphaned server) kept it.
  const reused = await fetch(`${base}/healthz`).then(
    () => true,
    () => false,
  );
  if (reused) fail(`${label}: something still answers on port ${port} after the exit`);
  step(`${label}: pages and API answered; SIGTERM -> exit 0 in ${Date.now() - stopAt} ms`);
}

async function withPostgresDatabase(task) {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const name = `accord_install_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    await task(url.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

const recipe = dockerfileRecipe();
const dir = cleanCopy();
try {
  step(`clean copy in ${dir}`);
  sh('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  step('npm ci done');
  sh('npm', ['run', 'build', '--silent'], dir);
  step('npm run build done');
  sh('npm', ['prune', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  for (const devOnly of ['vite', 'tsx', 'typescript', 'react', 'vitest'])
    if (existsSync(join(dir, 'node_modules', devOnly))) fail(`${devOnly} is still installed after the prune`);
  step('pruned to production dependencies (no vite, tsx, typescript, react)');

  const dataDir = join(dir, 'data');
  await startProbeStop(
    'node dist/server/main.js (embedded)',
    dir,
    process.execPath,
    ['dist/server/main.js'],
    { DATA_DIR: dataDir, DATABASE_URL: '' },
    recipe.healthcheck,
  );
  // The command-line tasks run compiled, without tsx: a backup of the stopped embedded database.
  const backup = join(dir, 'backup.json.gz');
  execFileSync('npm', ['run', '--silent', 'db:backup', '--', backup], {
    cwd: dir,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (!existsSync(backup)) fail('npm run db:backup wrote no file');
  step('npm run db:backup works in the production install');
  // npm start on the same, now existing data: dist/ is current, so it must not try to build (vite is gone).
  await startProbeStop('npm start (embedded, existing data)', dir, 'npm', ['start', '--silent'], {
    DATA_DIR: dataDir,
    DATABASE_URL: '',
  });
  if (process.env.TEST_DATABASE_URL) {
    await withPostgresDatabase((url) =>
      startProbeStop(
        'node dist/server/main.js (PostgreSQL)',
        dir,
        process.execPath,
        ['dist/server/main.js'],
        {
          DATABASE_URL: url,
        },
      ),
    );
  } else step('PostgreSQL skipped: TEST_DATABASE_URL is not set');
  step('passed');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
