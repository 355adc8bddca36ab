import type { Db } from '../../db/client.ts';
import { auditEvents } from '../../db/schema/index.ts';

/** Who did something, and from where: taken from the request by the route, passed to services. */
export interface Actor {
  username: string | null;
  requestId: string;
  clientAddress: string | null;
}

export interface AuditEntry {
  action: string;
  entity: string;
  before?: unknown;
  after?: unknown;
}

/** Appends an audit event and returns its id; call it inside the write's own transaction so both land or neither. */
export async function recordAudit(db: Db, actor: Actor, entry: AuditEntry): Promise<number> {
  const [row] = await db
    .insert(auditEvents)
    .values({
      actor: actor.username,
      action: entry.action,
      entity: entry.entity,
      before: entry.before ?? null,
      after: entry.after ?? null,
      requestId: actor.requestId,
      clientAddress: actor.clientAddress,
    })
    .returning({ id: auditEvents.id });
  return row!.id;
}
