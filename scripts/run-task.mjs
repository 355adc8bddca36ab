// `npm run db:migrate` and the other command-line tasks: the compiled task from dist/ when it is current,
// else (while developing) the TypeScript source through tsx. Usage: node scripts/run-task.mjs NAME [ARGS].
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, staleReason } from './build-state.mjs';

const [name = '', ...args] = process.argv.slice(2);
const compiled = join(ROOT, 'dist', 'server', 'scripts', `${name}.js`);
const source = join(ROOT, 'server', 'scripts', `${name}.ts`);
const tsxAvailable = existsSync(join(ROOT, 'node_modules', 'tsx'));
const useCompiled = existsSync(compiled) && (!tsxAvailable || !staleReason());
if (!useCompiled && !tsxAvailable) {
  console.error(`No task "${name}" in dist/server/scripts (run \`npm run build\` first).`);
  process.exit(1);
}
const nodeArgs = useCompiled ? [compiled, ...args] : ['--import', 'tsx', source, ...args];
const result = spawnSync(process.execPath, nodeArgs, { stdio: 'inherit' });
process.exit(result.status ?? 1);
