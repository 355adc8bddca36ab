import type { Request, Response } from 'express';
import type { Db } from '../db/client.ts';
import type { Actor } from '../features/audit/record.ts';
import type { DataChanges } from '../features/catalog/data-changes.ts';
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
