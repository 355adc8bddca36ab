/**
 * How long the database may take, in one place (docs/deploy.md, decision 030). The statement timeout
 * is shorter than the shutdown grace period, so a write still running when SIGTERM comes either
 * commits or fails before the process exits: never "failed, but saved anyway".
 */
export interface DatabaseTimeouts {
  /** Opening a connection (start-up and pool). */
  connectMs: number;
  /** Server side: one statement. */
  statementMs: number;
  /** Server side: waiting for a row or table lock. */
  lockMs: number;
  /** Server side: a transaction left open between statements (a stuck request) is ended. */
  idleInTransactionMs: number;
  /** Client side: no answer at all (a silently dropped link) fails the query. */
  queryMs: number;
  /** The LISTEN connection's health query: how often, and how long it may take. */
  listenerCheckEveryMs: number;
  listenerCheckMs: number;
  /** /readyz answers within this, whatever the database does. */
  readinessMs: number;
}

export const DEFAULT_TIMEOUTS: DatabaseTimeouts = {
  connectMs: 10_000,
  statementMs: 5_000,
  lockMs: 3_000,
  idleInTransactionMs: 10_000,
  queryMs: 7_000,
  listenerCheckEveryMs: 10_000,
  listenerCheckMs: 5_000,
  readinessMs: 1_500,
};

export const SHUTDOWN_GRACE_MS = 10_000;
/** After the grace period, connections are cut; if closing still hangs (a dead link), exit anyway. */
export const HARD_EXIT_AFTER_MS = SHUTDOWN_GRACE_MS + 5_000;

/** Rejects with a database-unavailable error when the promise takes longer than ms. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      // ETIMEDOUT: the error middleware answers 503, as for any unreachable database.
      reject(Object.assign(new Error(`${what} did not answer within ${ms} ms`), { code: 'ETIMEDOUT' }));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
