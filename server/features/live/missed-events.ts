import { and, asc, gt, like, max, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditEvents } from '../../db/schema/index.ts';

export interface LiveEvent {
  id: number;
  event: 'update' | 'change';
  data: { slug: string; version?: number };
}

/** At most this many missed events are replayed; past that the client is told to reload everything. */
export const MAX_REPLAY = 500;

/** Turns an entity ("commitment:SLUG") and its version into the event sent to live readers. */
export function liveEventFor(id: number, entity: string, version?: number): LiveEvent | undefined {
  const [kind, slug] = entity.split(':') as [string, string | undefined];
  if (!slug) return undefined;
  if (kind === 'commitment') return { id, event: 'update', data: { slug, version } };
  if (kind === 'agreement') return { id, event: 'change', data: { slug } };
  return undefined;
}

/**
 * The public changes after a given audit event id, oldest first: the audit log is the one ordered record
 * of writes that every instance shares, so a stream can resume on any instance.
 */
export async function missedEvents(
  db: Db,
  afterId: number,
): Promise<{ events: LiveEvent[]; complete: boolean; newestId: number }> {
  const rows = await db
    .select({ id: auditEvents.id, entity: auditEvents.entity, after: auditEvents.after })
    .from(auditEvents)
    .where(
      and(
        gt(auditEvents.id, afterId),
        or(like(auditEvents.entity, 'commitment:%'), like(auditEvents.entity, 'agreement:%')),
      ),
    )
    .orderBy(asc(auditEvents.id))
    .limit(MAX_REPLAY + 1);
  const events = rows.slice(0, MAX_REPLAY).flatMap((row) => {
    const version = (row.after as { version?: unknown } | null)?.version;
    const event = liveEventFor(row.id, row.entity, typeof version === 'number' ? version : undefined);
    return event ? [event] : [];
  });
  const [newest] = await db.select({ id: max(auditEvents.id) }).from(auditEvents);
  return { events, complete: rows.length <= MAX_REPLAY, newestId: Number(newest?.id ?? 0) };
}
