import pg from 'pg';

export interface ListenHandlers {
  onNotice(payload: string): void;
  /** Called after the connection was lost and LISTEN is back: notices may have been missed meanwhile. */
  onReconnect(): void;
  onError(error: Error): void;
}

const MIN_RETRY_MS = 100;
const MAX_RETRY_MS = 5_000;
export const LISTENER_APPLICATION_NAME = 'accord-listener';

/**
 * One dedicated PostgreSQL connection that LISTENs on a channel and reconnects (with growing pauses)
 * whenever it drops. Returns a function that stops it for good.
 */
export async function listenOnPostgres(
  url: string,
  channel: string,
  handlers: ListenHandlers,
): Promise<() => Promise<void>> {
  let stopped = false;
  let client: pg.Client | undefined;
  let retryMs = MIN_RETRY_MS;
  let timer: NodeJS.Timeout | undefined;

  const connect = async (isReconnect: boolean): Promise<void> => {
    const next = new pg.Client({ connectionString: url, application_name: LISTENER_APPLICATION_NAME });
    next.on('notification', (message) => {
      if (message.channel === channel && message.payload !== undefined) handlers.onNotice(message.payload);
    });
    next.on('error', (error) => {
      handlers.onError(error);
      scheduleReconnect();
    });
    next.on('end', scheduleReconnect);
    client = next;
    await next.connect();
    await next.query(`listen ${pg.escapeIdentifier(channel)}`);
    retryMs = MIN_RETRY_MS;
    if (isReconnect) handlers.onReconnect();
  };

  function scheduleReconnect(): void {
    if (stopped || timer) return;
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

  await connect(false);
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    const last = client;
    client = undefined;
    last?.removeAllListeners();
    await last?.end().catch(() => {});
  };
}
