import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { statusUpdates } from '../../db/schema/index.ts';

/** What the chart says of an update: its summaries, long enough to be cut (see build-timeline.ts). */
export interface UpdateSummary {
  summary: string;
  summaryKo: string | null;
}

/** Longer than any cut summary in characters, so the cut still sees the word after the last one it keeps. */
const READ_CHARS = 240;

/** The summaries of some updates, by id; updates are append-only, so these never change under an id. */
export async function loadUpdateSummaries(
  db: Db,
  ids: readonly number[],
): Promise<Map<number, UpdateSummary>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: statusUpdates.id,
      summary: sql<string>`left(${statusUpdates.summary}, ${READ_CHARS})`,
      summaryKo: sql<string | null>`left(${statusUpdates.summaryKo}, ${READ_CHARS})`,
    })
    .from(statusUpdates)
    .where(inArray(statusUpdates.id, [...ids]));
  return new Map(rows.map(({ id, summary, summaryKo }) => [id, { summary, summaryKo }]));
}
