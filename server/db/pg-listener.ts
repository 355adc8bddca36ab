import pg from 'pg';
import { DEFAULT_TIMEOUTS, withTimeout } from './timeouts.ts';
import type { DatabaseTimeouts } from './timeouts.ts';

export interface ListenHandlers {
  onNotice(payload: string): void;
  /** Called after the connection was lost and LISTEN is back: notices may have been missed meanwhile. */
  onReconnect(): void;
  onError(error: Error): void;
  /** Called when the connection is found lost (an error, its end, or a failed health query). */
  onLost?(): void;
}

const MIN_RETRY_MS = 100;
const MAX_RETRY_MS = 5_000;
export const LISTENER_APPLICATION_NAME = 'accord-listener';

type ListenerTimeouts = Pick<DatabaseTimeouts, 'connectMs' | 'listenerCheckEveryMs' | 'listenerCheckMs'>;

/**
 * One dedicated PostgreSQL connection that LISTENs on a channel and reconnects (with growing pauses)
 * whenever it drops. A link can also die silently (a NAT or firewall forgets it): TCP keepalive and a
 * periodic health query notice that too. Returns a function that stops it for good.
 */
export async function listenOnPostgres(
  url: string,
  channel: string,
  handlers: ListenHandlers,
  timeouts: ListenerTimeouts = DEFAULT_TIMEOUTS,
): Promise<() => Promise<void>> {
  let stopped = false;
  let client: pg.Client | undefined;
  let retryMs = MIN_RETRY_MS;
  let timer: NodeJS.Timeout | undefined;
  let up = false;

  const connect = async (isReconnect: boolean): Promise<void> => {
    const next = new pg.Client({
      connectionString: url,
      application_name: LISTENER_APPLICATION_NAME,
      connectionTimeoutMillis: timeouts.connectMs,
      keepAlive: true,
      keepAliveInitialDelayMillis: timeouts.listenerCheckEveryMs,
    });
    next.on('notification', (message) => {
      if (message.channel === channel && message.payload !== undefined) handlers.onNotice(message.payload);
    });
    next.on('error', (error) => {
      handlers.onError(error);
      scheduleReconnect();
    });
    next.on('end', scheduleReconnect);
    client = next;
    await withTimeout(next.connect(), timeouts.connectMs, 'the listening connection');
    await withTimeout(next.query(`listen ${pg.escapeIdentifier(channel)}`), timeouts.connectMs, 'LISTEN');
    retryMs = MIN_RETRY_MS;
    up = true;
    if (isReconnect) handlers.onReconnect();
  };

  // The health query: a connection that cannot answer "select 1" in time is given up and replaced.
  let checking = false;
  const health = setInterval(() => {
    const current = client;
    if (stopped || !current || timer || checking) return;
    checking = true;
    withTimeout(current.query('select 1'), timeouts.listenerCheckMs, 'the listening connection')
      .catch((error: Error) => {
        if (client !== current) return;
        handlers.onError(error);
        scheduleReconnect();
      })
      .finally(() => (checking = false));
  }, timeouts.listenerCheckEveryMs);
  health.unref();

  function scheduleReconnect(): void {
    if (stopped || timer) return;
    if (up) handlers.onLost?.();
    up = false;
    const dead = client;
    client = undefined;
    dead?.removeAllListeners();
    dead?.on('error', () => {}); // the dead client may still emit; nothing more to do with it
    void dead?.end().catch(() => {});
    timer = setTimeout(() => {
      timer = undefined;
      connect(true).catch((error: Error) => {
        handlers.onError(error);
        retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
        scheduleReconnect();
      });
    }, retryMs);
  }

  try {
    await connect(false);
  } catch (error) {
    clearInterval(health);
    stopped = true;
    client?.removeAllListeners();
    client?.on('error', () => {});
    void client?.end().catch(() => {});
    throw error;
  }
  return async () => {
    stopped = true;
    clearInterval(health);
    if (timer) clearTimeout(timer);
    const last = client;
    client = undefined;
    last?.removeAllListeners();
    last?.on('error', () => {});
    // A dead link may never confirm the goodbye: do not wait for it longer than a connect.
    await withTimeout(last?.end() ?? Promise.resolve(), timeouts.connectMs, 'closing LISTEN').catch(() => {});
  };
}
