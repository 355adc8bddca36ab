import { parseArgs } from 'node:util';
import { userCreateSchema } from '../../shared/contracts/admin.ts';
import { loadConfig } from '../config.ts';
import { runMigrations } from '../db/migrate.ts';
import { openConfiguredDatabase } from '../db/open.ts';
import { HttpError } from '../http/errors.ts';
import { createUser } from '../features/users/service.ts';
import { ScriptError, runScript } from './run-script.ts';

const USAGE =
  'Usage: npm run user:create -- --username NAME --role analyst|admin [--display-name "Full Name"] --password-stdin';

class UsageError extends ScriptError {
  constructor(message: string) {
    super(`${message}\n${USAGE}`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

// `npm run user:create`: adds an account to the database the server uses. The password comes on standard
// input, never on the command line (where other users could read it in the process list).
await runScript(async () => {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      'display-name': { type: 'string' },
      'password-stdin': { type: 'boolean' },
    },
  });
  if (!values['password-stdin']) throw new UsageError('Give --password-stdin and pipe the password in.');
  const input = userCreateSchema.safeParse({
    username: values.username,
    role: values.role,
    displayName: values['display-name'] ?? values.username,
    password: await readStdin(),
  });
  if (!input.success) {
    throw new UsageError(
      input.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'),
    );
  }
  const database = await openConfiguredDatabase(loadConfig(), 'user:create');
  try {
    await runMigrations(database);
    const user = await createUser(
      database.db,
      { username: 'cli', requestId: 'cli', clientAddress: null },
      input.data,
    );
    console.log(`Created ${user.role} "${user.username}" (${user.displayName}).`);
  } catch (error) {
    if (error instanceof HttpError) throw new UsageError(error.message);
    throw error;
  } finally {
    await database.close();
  }
});
