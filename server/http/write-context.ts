import { sql } from 'drizzle-orm';
import type { Request, Response } from 'express';
import type { Db } from '../db/client.ts';
import type { Actor, AuditEntry } from '../features/audit/record.ts';
import { recordAudit } from '../features/audit/record.ts';
import { broadcastChange } from '../features/catalog/change-broadcast.ts';
import type { DataChange, DataChanges } from '../features/catalog/data-changes.ts';
import type { CatalogStore } from '../features/catalog/catalog-store.ts';
import { actorOf, currentUser } from './auth.ts';

// Any constant: it only has to be the same for every instance (and differ from the migration lock's).
const PUBLIC_WRITE_LOCK_KEY = 4_201_809_20;

/** What write routes are built with: the database, where changes are announced, the read cache. */
export interface WriteDeps {
  db: Db;
  changes: DataChanges;
  catalog: CatalogStore;
}

/** What a write service needs: its dependencies, and who is writing. */
export interface WriteContext extends WriteDeps {
  actor: Actor & { username: string; displayName: string; userId: number };
}

/** The write context of a signed-in request (the write guard has already checked the session or token). */
export function writeContext(deps: WriteDeps, req: Request, res: Response): WriteContext {
  const user = currentUser(res)!;
  return {
    ...deps,
    actor: { ...actorOf(req, res), username: user.username, displayName: user.displayName, userId: user.id },
  };
}

/**
 * Records a write in the audit log and queues its change notice, both inside the write's transaction.
 * Returns the change, for the caller to apply locally once the transaction has committed.
 */
export async function recordWrite(
  tx: Db,
  context: WriteContext,
  entry: AuditEntry,
  change: Omit<DataChange, 'eventId'>,
): Promise<DataChange> {
  // Writes take turns from here to their commit, so audit ids commit in id order and a live stream
  // resuming after id N can never miss a lower id that committed later (decision 034).
  await tx.execute(sql`select pg_advisory_xact_lock(${PUBLIC_WRITE_LOCK_KEY})`);
  const eventId = await recordAudit(tx, context.actor, entry);
  const recorded = { ...change, eventId };
  await broadcastChange(tx, context.changes, recorded);
  return recorded;
}
