import { databaseErrorCode, isDatabaseUnavailable } from './db/pg-errors.ts';

/**
 * Why start-up failed, as one JSON line on stderr (log collectors parse it; people can read it): a known
 * problem by its message, an unreachable database by what was tried, anything else with its stack.
 */
export function reportStartUpFailure(error: unknown, known: boolean): void {
  const message = error instanceof Error ? error.message : String(error);
  const fields = known
    ? { msg: message }
    : isDatabaseUnavailable(error)
      ? {
          msg: `Could not reach the database (DATABASE_URL): ${message}. Check that it runs and accepts connections from here.`,
          code: databaseErrorCode(error),
        }
      : { msg: 'start-up failed', error: message, stack: error instanceof Error ? error.stack : undefined };
  process.stderr.write(JSON.stringify({ time: new Date().toISOString(), level: 'fatal', ...fields }) + '\n');
}
