import { and, desc, eq, lt } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditEvents } from '../../db/schema/index.ts';
import type { AuditEvent, AuditQuery } from '../../../shared/contracts/admin.ts';

/** The audit log, newest first, filtered by actor and by commitment; `before` is the last id of the previous page. */
export async function listAuditEvents(
  db: Db,
  query: AuditQuery,
): Promise<{ events: AuditEvent[]; nextBefore: number | null }> {
  const conditions: SQL[] = [];
  if (query.actor) conditions.push(eq(auditEvents.actor, query.actor));
  if (query.commitment) conditions.push(eq(auditEvents.entity, `commitment:${query.commitment}`));
  if (query.before) conditions.push(lt(auditEvents.id, query.before));
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  return {
    events: page.map((row) => ({ ...row, at: row.at.toISOString() })),
    nextBefore: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
