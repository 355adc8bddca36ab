import type { Db } from '../client.ts';
import { developments } from '../schema/index.ts';
import { insertUpdate } from '../../features/commitments/insert-update.ts';
import type { SeedDevelopment, SeedUpdate } from './seed-types.ts';

export const SEED_AUTHOR_NAME = 'Accord Tracker editors';

const sourcesOf = (event: Pick<SeedUpdate, 'sources'>) =>
  event.sources.map((source) => ({ ...source, contests: source.contests ?? false }));

/** Inserts a seed development's own row (its updates are written one by one with the plan). */
export async function insertSeedDevelopment(tx: Db, development: SeedDevelopment): Promise<number> {
  const [row] = await tx
    .insert(developments)
    .values({
      effectiveOn: development.effectiveOn,
      datePrecision: development.datePrecision ?? 'day',
      actors: development.actors ?? [],
      standing: development.standing ?? 'confirmed',
      disputeNote: development.disputeNote ?? null,
      disputeNoteKo: development.disputeNoteKo ?? null,
      summary: development.summary,
      summaryKo: development.summaryKo ?? null,
      sources: sourcesOf(development).map((source) => ({
        url: source.url,
        title: source.title,
        publisher: source.publisher ?? null,
        publishedOn: source.publishedOn ?? null,
        kind: source.kind,
        contests: source.contests,
      })),
      authorName: SEED_AUTHOR_NAME,
    })
    .returning({ id: developments.id });
  return row!.id;
}

/** Inserts one seed update (a commitment's own, or a development's effect) with its sources. */
export async function insertSeedUpdate(
  tx: Db,
  values: { commitmentId: number; update: SeedUpdate; developmentId: number | null; createdAt: Date },
): Promise<number> {
  const { update } = values;
  return insertUpdate(tx, {
    ...update,
    commitmentId: values.commitmentId,
    datePrecision: update.datePrecision ?? 'day',
    actors: update.actors ?? [],
    standing: update.standing ?? 'confirmed',
    meetsDeadline: update.meetsDeadline ?? false,
    developmentId: values.developmentId,
    sources: sourcesOf(update),
    authorId: null,
    authorName: SEED_AUTHOR_NAME,
    createdAt: values.createdAt,
  });
}
