import pg from 'pg';

/**
 * A pg Pool that never keeps a broken connection checked out. drizzle's transaction() sends BEGIN before
 * its try/finally, so a connection that dies during BEGIN would never be released and the pool would
 * shrink by one each time, until every request waits for a connection that never comes. Here a checked-out
 * connection that ends or errors is handed back at once (and so removed); later release() calls are no-ops.
 */
export class HealingPool extends pg.Pool {
  override connect(): Promise<pg.PoolClient>;
  override connect(
    callback: (
      err: Error | undefined,
      client: pg.PoolClient | undefined,
      done: (release?: unknown) => void,
    ) => void,
  ): void;
  override connect(...args: unknown[]): Promise<pg.PoolClient> | void {
    // pool.query() checks out with a callback and releases on every outcome itself.
    if (args.length > 0) return (super.connect as (...a: unknown[]) => void)(...args);
    return super.connect().then(releaseWhenBroken);
  }
}

function releaseWhenBroken(client: pg.PoolClient): pg.PoolClient {
  const release = client.release.bind(client);
  let released = false;
  const releaseOnce = (error?: Error | boolean) => {
    if (released) return;
    released = true;
    client.removeListener('error', onBroken);
    client.removeListener('end', onEnded);
    release(error);
  };
  const onBroken = (error: Error) => releaseOnce(error);
  const onEnded = () => releaseOnce(new Error('Connection terminated while checked out'));
  client.on('error', onBroken);
  client.on('end', onEnded);
  client.release = releaseOnce;
  // A client-side query timeout leaves the connection in an unknown state (the link may be dead, or the
  // answer may still come): never give it to the next request.
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const result = query(...args);
    if (result instanceof Promise)
      result.catch((error: Error) => {
        if (/Query read timeout/.test(error.message)) releaseOnce(error);
      });
    return result;
  };
  return client;
}
