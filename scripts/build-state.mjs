// What the build is made from, and whether dist/ was built from what is here now. Plain JavaScript: it runs
// before any build exists and in production installs, where no TypeScript loader is present.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('..', import.meta.url).pathname;
export const STAMP = join(ROOT, 'dist', 'build-info.json');
// package-lock.json is left out: `npm prune --omit=dev` rewrites it without changing what the build makes.
const SOURCES = [
  'client',
  'server',
  'shared',
  'package.json',
  'vite.config.ts',
  'tsconfig.json',
  'tsconfig.build.json',
];

function addTree(hash, path) {
  if (!existsSync(path)) return;
  if (!statSync(path).isDirectory()) {
    hash.update(path.slice(ROOT.length)).update(readFileSync(path));
    return;
  }
  for (const entry of readdirSync(path).sort())
    if (entry !== 'node_modules') addTree(hash, join(path, entry));
}

/** A hash of every source file's name and content (mtimes change with copies and checkouts; content does not). */
export function sourceHash() {
  const hash = createHash('sha256');
  for (const name of SOURCES) addTree(hash, join(ROOT, name));
  return hash.digest('hex');
}

/** Why dist/ must be (re)built, or undefined when it was built from the sources here. */
export function staleReason() {
  if (!existsSync(STAMP)) return 'dist/ has no build';
  const { sources } = JSON.parse(readFileSync(STAMP, 'utf8'));
  return sources === sourceHash() ? undefined : 'the sources changed since the last build';
}
