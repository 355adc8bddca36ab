import type { Request, Response } from 'express';
import type { Db } from '../db/client.ts';
import type { Actor, AuditEntry } from '../features/audit/record.ts';
import { recordAudit } from '../features/audit/record.ts';
import { broadcastChange } from '../features/catalog/change-broadcast.ts';
import type { DataChange, DataChanges } from '../features/catalog/data-changes.ts';
import { actorOf, currentSession } from './auth.ts';

/** What a write service needs: the database, where to announce the change, and who is writing. */
export interface WriteContext {
  db: Db;
  changes: DataChanges;
  actor: Actor & { username: string; displayName: string; userId: number };
}

/** The write context of a signed-in request (the write guard has already checked the session). */
export function writeContext(db: Db, changes: DataChanges, req: Request, res: Response): WriteContext {
  const { user } = currentSession(res)!;
  return {
    db,
    changes,
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
  const eventId = await recordAudit(tx, context.actor, entry);
  const recorded = { ...change, eventId };
  await broadcastChange(tx, context.changes, recorded);
  return recorded;
}
