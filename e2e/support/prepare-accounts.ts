import { spawnSync } from 'node:child_process';
import { ACCOUNTS } from './accounts.ts';

// Run by the Playwright webServer command before the server starts: `npm run user:create` refuses while a
// server holds the embedded database, and Playwright starts the webServer before any globalSetup.
const dataDir = process.env.DATA_DIR;
if (!dataDir) throw new Error('prepare-accounts: DATA_DIR is not set');

for (const account of ACCOUNTS) {
  const result = spawnSync(
    'npm',
    [
      'run',
      '--silent',
      'user:create',
      '--',
      '--username',
      account.username,
      '--role',
      account.role,
      '--display-name',
      account.displayName,
      '--password-stdin',
    ],
    { input: `${account.password}\n`, encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir } },
  );
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  // A data directory kept from an earlier run (E2E_DATA_DIR set by hand) already has the accounts.
  if (result.status !== 0 && !/is taken/.test(output)) {
    throw new Error(`prepare-accounts: creating ${account.username} failed:\n${output}`);
  }
  console.log(output.split('\n').at(-1));
}
