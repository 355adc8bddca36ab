import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { developments } from '../schema/index.ts';
import { insertSeedDevelopment, SEED_AUTHOR_NAME } from './insert-seed-rows.ts';
import type { planSeedUpdates } from './seed-events.ts';
import type { SeedDevelopment } from './seed-types.ts';
import { fingerprint, seedContent } from './upgrade-fingerprint.ts';

type DevelopmentContent = Omit<
  typeof developments.$inferSelect,
  'id' | 'authorId' | 'authorName' | 'createdAt'
>;

/** A development's content in a fixed order: a stored row and a seed entry that read the same match. */
function developmentPrint(d: DevelopmentContent): string {
  return JSON.stringify([
    d.effectiveOn,
    d.datePrecision,
    [...d.actors],
    d.standing,
    d.disputeNote,
    d.disputeNoteKo,
    d.summary,
    d.summaryKo,
    d.sources.map((s) => [s.url, s.title, s.publisher, s.publishedOn, s.kind, s.contests]),
  ]);
}

const seedDevelopmentPrint = (d: SeedDevelopment) =>
  developmentPrint({
    effectiveOn: d.effectiveOn,
    datePrecision: d.datePrecision ?? 'day',
    actors: d.actors ?? [],
    standing: d.standing ?? 'confirmed',
    disputeNote: d.disputeNote ?? null,
    disputeNoteKo: d.disputeNoteKo ?? null,
    summary: d.summary,
    summaryKo: d.summaryKo ?? null,
    sources: d.sources.map((s) => ({
      url: s.url,
      title: s.title,
      publisher: s.publisher ?? null,
      publishedOn: s.publishedOn ?? null,
      kind: s.kind,
      contests: s.contests ?? false,
    })),
  });

/**
 * The development row for each target development that still has an update to write, by plan index. A seed
 * development already stored with the same content is reused, so an event that now also moves a newly added
 * agreement's commitments stays one development, as in a fresh seed; otherwise a row is inserted.
 */
export async function addDevelopments(
  tx: Db,
  targetDevelopments: readonly SeedDevelopment[],
  plan: ReturnType<typeof planSeedUpdates>,
  kept: Set<string>,
): Promise<{ ids: Map<number, number>; inserted: number }> {
  const needed = new Set(
    plan
      .filter(
        (planned) =>
          planned.development !== null &&
          !kept.has(fingerprint(seedContent(planned.commitment, planned.update))),
      )
      .map((planned) => planned.development!),
  );
  const stored = await tx
    .select()
    .from(developments)
    .where(and(isNull(developments.authorId), eq(developments.authorName, SEED_AUTHOR_NAME)));
  const storedIds = new Map(stored.map((row) => [developmentPrint(row), row.id]));
  const ids = new Map<number, number>();
  let inserted = 0;
  for (const index of [...needed].sort((a, b) => a - b)) {
    const development = targetDevelopments[index]!;
    const existing = storedIds.get(seedDevelopmentPrint(development));
    if (existing !== undefined) {
      ids.set(index, existing);
      continue;
    }
    ids.set(index, await insertSeedDevelopment(tx, development));
    inserted++;
  }
  return { ids, inserted };
}
