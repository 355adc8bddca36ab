// `npm start` runs this first: it builds only when dist/ is missing or older than its sources, so a
// restart costs nothing, and a production install (no devDependencies) with a current dist/ never builds.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, staleReason } from './build-state.mjs';

const reason = staleReason();
if (reason) {
  if (!existsSync(join(ROOT, 'node_modules', '.bin', 'vite'))) {
    console.error(
      `Cannot build (${reason}): the build tools are devDependencies and are not installed here. ` +
        'Build where they are (`npm ci && npm run build`), then ship dist/ with `npm ci --omit=dev`.',
    );
    process.exit(1);
  }
  console.log(`Building: ${reason}.`);
  await import('./build.mjs');
}
