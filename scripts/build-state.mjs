// What the build is made from, and whether dist/ is older than it. Plain JavaScript: it runs before any
// build exists and in production installs, where no TypeScript loader is present.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('..', import.meta.url).pathname;
export const STAMP = join(ROOT, 'dist', 'build-info.json');
const SOURCES = [
  'client',
  'server',
  'shared',
  'package.json',
  'package-lock.json',
  'vite.config.ts',
  'tsconfig.json',
  'tsconfig.build.json',
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Why dist/ must be (re)built, or undefined when it is up to date. */
export function staleReason() {
  if (!existsSync(STAMP)) return 'dist/ has no build';
  const built = statSync(STAMP).mtimeMs;
  const source = SOURCES.find((name) => newestMtime(join(ROOT, name)) > built);
  // A production install may ship sources next to dist/ (a copied tree); only a newer source counts.
  return source ? `${source} changed since the last build` : undefined;
}
