/** The pool's connections name themselves, so operators (and the fault tests) can find them in pg_stat_activity. */
export const APP_APPLICATION_NAME = 'accord-tracker';

// SQLSTATEs that say "the database could not do it now", not "your request is wrong": connection
// exceptions (08), shutdown or restart (57P01-57P03), statement timeout (57014), lock timeout (55P03),
// too many connections or out of resources (53), and conflicts that a retry resolves (40001, 40P01).
const UNAVAILABLE_STATES = /^(08...|57P0[1-3]|57014|55P03|53...|40001|40P01)$/;
const UNAVAILABLE_SYSCALLS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
// node-postgres reports a lost or unusable connection with plain Errors and these messages.
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Query read timeout|Cannot use a pool after calling end|Client was closed and is not queryable|database is not reachable|timeout expired/i;

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
}

/**
 * True when an error (or any error in its cause chain: drizzle wraps driver errors) means the database
 * is unreachable, restarting, or timed out. Such a request failed as a whole and may be retried: 503.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { code, message, cause } = current as ErrorLike;
    if (typeof code === 'string' && (UNAVAILABLE_STATES.test(code) || UNAVAILABLE_SYSCALLS.has(code)))
      return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    current = cause;
  }
  return false;
}

/** The SQLSTATE or system error code somewhere in the chain, for the log line. */
export function databaseErrorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { code, cause } = current as ErrorLike;
    if (typeof code === 'string') return code;
    current = cause;
  }
  return undefined;
}

/**
 * True when the database refused a value as data (SQLSTATE class 22: out of range, invalid text or date).
 * Input checks should catch these first; this is the net under them: a 400, never a 500.
 */
export function isInvalidValueForDatabase(error: unknown): boolean {
  const code = databaseErrorCode(error);
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}
