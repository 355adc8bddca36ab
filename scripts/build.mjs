// `npm run build`: the web client (Vite) into dist/client, its server renderer into dist/ssr, the server (tsc) into dist/server and
// dist/shared, the server's non-code files beside it, and dist/build-info.json (version, commit, time).
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { ROOT, STAMP, sourceHash } from './build-state.mjs';

const started = Date.now();
// Hashed before building: an edit made while the build runs makes the next start build again.
const sources = sourceHash();
const run = (command, args) => execFileSync(command, args, { cwd: ROOT, stdio: 'inherit' });
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

// A failed build leaves no stamp, so the next start builds again; old server files do not linger.
for (const stale of [STAMP, join(ROOT, 'dist', 'server'), join(ROOT, 'dist', 'shared')])
  rmSync(stale, { recursive: true, force: true });
run(bin('vite'), ['build', '--logLevel', 'warn']);
// The server's page renderer (decision 060): the same route tree, built for Node into dist/ssr.
run(bin('vite'), ['build', '--ssr', 'src/entry-server.tsx', '--logLevel', 'warn']);
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
precompressClient(join(ROOT, 'dist', 'client'));

/**
 * A .br (brotli at its best) and a .gz beside each text file of the built client of 1 KB or more, which the
 * server sends instead of compressing per request (decision 065). index.html is a template, never sent as is.
 */
function precompressClient(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (!entry.startsWith('.')) precompressClient(path);
    } else if (/\.(js|mjs|css|svg|json|txt|xml|webmanifest)$/.test(entry) && statSync(path).size >= 1024) {
      const body = readFileSync(path);
      writeFileSync(
        `${path}.br`,
        brotliCompressSync(body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
        }),
      );
      writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
    }
  }
}

/** Copies what the server reads at run time (migrations, assets, word lists): every file that is not TypeScript. */
function copyAssets(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) copyAssets(path);
    else if (!entry.endsWith('.ts')) cpSync(path, join(ROOT, 'dist', relative(ROOT, path)));
  }
}
copyAssets(join(ROOT, 'server'));
// The empty cluster new data directories start from (server/db/empty-cluster.ts), made by the compiled code.
// It depends only on the PGlite version, so it is kept between builds (making it runs initdb: ~10 s).
const { EMPTY_CLUSTER_FILE, writeEmptyCluster } = await import(
  join(ROOT, 'dist', 'server', 'db', 'empty-cluster.js')
);
const pgliteVersion = JSON.parse(
  readFileSync(join(ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8'),
).version;
const cached = join(ROOT, 'dist', '.cache', `empty-cluster-pglite-${pgliteVersion}.tar.gz`);
if (!existsSync(cached)) {
  mkdirSync(dirname(cached), { recursive: true });
  await writeEmptyCluster(`${cached}.partial`);
  renameSync(`${cached}.partial`, cached);
}
cpSync(cached, EMPTY_CLUSTER_FILE);

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
  } catch {
    return process.env.GIT_COMMIT ?? 'unknown';
  }
}
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const info = { version, commit: gitCommit(), builtAt: new Date().toISOString(), sources };
writeFileSync(STAMP, JSON.stringify(info, null, 2) + '\n');
console.log(
  `built ${version} (${info.commit}) into dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
