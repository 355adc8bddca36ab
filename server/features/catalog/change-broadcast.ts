import { sql } from 'drizzle-orm';
import type { Database, Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import type { DataChange, DataChanges } from './data-changes.ts';

export const CHANGES_CHANNEL = 'accord_changes';

interface Notice extends DataChange {
  origin: string;
}

/**
 * Queues a NOTIFY inside the write's transaction: PostgreSQL delivers it only if the transaction
 * commits, so other instances never hear of a write that did not happen.
 */
export async function broadcastChange(tx: Db, changes: DataChanges, change: DataChange): Promise<void> {
  const notice: Notice = { ...change, origin: changes.instanceId };
  await tx.execute(sql`select pg_notify(${CHANGES_CHANNEL}, ${JSON.stringify(notice)})`);
}

/**
 * Feeds other instances' committed writes into this instance's DataChanges. After the listening
 * connection was lost and came back, notices may have been missed, so everything is marked changed.
 */
export function listenForChanges(
  database: Database,
  changes: DataChanges,
  logger: Logger,
  onReconnect: () => void = () => {},
): Promise<() => Promise<void>> {
  return database.listen(CHANGES_CHANNEL, {
    onNotice: (payload) => {
      let notice: Notice;
      try {
        notice = JSON.parse(payload) as Notice;
      } catch {
        logger.warn('unreadable change notice', { payload: payload.slice(0, 200) });
        return;
      }
      if (notice.origin === changes.instanceId) return; // already applied when our own write committed
      const { origin: _origin, ...change } = notice;
      changes.notify(change);
    },
    onReconnect: () => {
      logger.warn('change listener reconnected; rebuilding caches');
      onReconnect();
      changes.notify({ entity: '*' });
    },
    // Until LISTEN is back, other instances' writes go unheard: drop the caches now (and again on return).
    onLost: () => {
      logger.warn('change listener lost; dropping caches until it is back');
      changes.notify({ entity: '*' });
    },
    onError: (error) => logger.warn('change listener connection lost', { error: error.message }),
  });
}
