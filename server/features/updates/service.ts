import { and, desc, eq, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { commitments, statusUpdates } from '../../db/schema/index.ts';
import type { UpdatesPage, UpdatesQuery } from '../../../shared/contracts/public.ts';
import { presentStatusUpdate } from '../commitments/presenter.ts';
import { sourcesByUpdate } from '../commitments/service.ts';
import { loadParties, presentParty } from '../parties/service.ts';

/** Recent updates across all commitments, newest event first; `before` continues a previous page. */
export async function listRecentUpdates(db: Db, query: UpdatesQuery): Promise<UpdatesPage> {
  let cursor;
  if (query.before) {
    const [effectiveOn, id] = query.before.split('_') as [string, string];
    cursor = or(
      lt(statusUpdates.effectiveOn, effectiveOn),
      and(eq(statusUpdates.effectiveOn, effectiveOn), lt(statusUpdates.id, Number(id))),
    );
  }
  const rows = await db
    .select({
      update: statusUpdates,
      slug: commitments.slug,
      title: commitments.title,
      titleKo: commitments.titleKo,
    })
    .from(statusUpdates)
    .innerJoin(commitments, eq(commitments.id, statusUpdates.commitmentId))
    .where(cursor)
    .orderBy(desc(statusUpdates.effectiveOn), desc(statusUpdates.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const [sources, partyRows] = await Promise.all([
    sourcesByUpdate(
      db,
      page.map((row) => row.update.id),
    ),
    loadParties(db),
  ]);
  const last = page.at(-1);
  return {
    updates: page.map((row) => ({
      ...presentStatusUpdate(row.update, row.slug, sources.get(row.update.id) ?? []),
      commitmentTitle: row.title,
      commitmentTitleKo: row.titleKo,
    })),
    nextBefore: rows.length > query.limit && last ? `${last.update.effectiveOn}_${last.update.id}` : null,
    partyRegistry: partyRows.map(presentParty),
  };
}
