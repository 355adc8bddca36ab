import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { commitmentReviews, commitments, statusUpdates, updateSources } from '../schema/index.ts';
import { recordAudit } from '../../features/audit/record.ts';
import { CHANGES_CHANNEL } from '../../features/catalog/change-broadcast.ts';
import { groupBy } from '../../../shared/lib/group-by.ts';
import { SEED_LOCK_KEY } from './apply-seed.ts';
import { insertSeedUpdate, SEED_AUTHOR_NAME } from './insert-seed-rows.ts';
import { addDevelopments } from './upgrade-developments.ts';
import { planSeedUpdates } from './seed-events.ts';
import { insertSeedRelations } from './seed-relations.ts';
import type { SeedRelations } from './seed-relations.ts';
import type { SeedAgreement, SeedDevelopment } from './seed-types.ts';
import { fingerprint, seedContent } from './upgrade-fingerprint.ts';
import { syncStructure } from './upgrade-structure.ts';

/** The reason every superseded seed entry is retracted with: readers see it in the history. */
export const REVIEW_RETRACTION_REASON = 'corrected in the December 2026 review';

export interface UpgradeResult {
  retracted: number;
  added: number;
  /** Development rows inserted (an existing seed development that reads the same is reused). */
  developments: number;
  reviews: number;
  edited: number;
  relations: number;
}

/** The seed's own live updates (analysts' updates are never touched), with their content fingerprints. */
async function storedSeedUpdates(tx: Db): Promise<{ id: number; commitmentId: number; print: string }[]> {
  const rows = await tx
    .select({ update: statusUpdates, slug: commitments.slug })
    .from(statusUpdates)
    .innerJoin(commitments, eq(commitments.id, statusUpdates.commitmentId))
    .where(
      and(
        isNull(statusUpdates.retractedAt),
        isNull(statusUpdates.authorId),
        eq(statusUpdates.authorName, SEED_AUTHOR_NAME),
      ),
    );
  const ids = rows.map((row) => row.update.id);
  const sources = ids.length
    ? groupBy(
        await tx
          .select()
          .from(updateSources)
          .where(inArray(updateSources.updateId, ids))
          .orderBy(updateSources.updateId, updateSources.position),
        (source) => source.updateId,
      )
    : new Map();
  return rows.map(({ update, slug }) => ({
    id: update.id,
    commitmentId: update.commitmentId,
    print: fingerprint({ ...update, commitment: slug, sources: sources.get(update.id) ?? [] }),
  }));
}

/**
 * Brings a database seeded with an earlier record up to the target record, in one transaction, as
 * audited writes: edited wording, new commitments, seed entries that no longer read the same retracted
 * with REVIEW_RETRACTION_REASON, new entries and developments added, and the review day recorded. Run
 * twice, the second run changes nothing. Updates written by analysts are left as they are.
 */
export async function upgradeSeed(
  db: Db,
  target: readonly SeedAgreement[],
  targetDevelopments: readonly SeedDevelopment[],
  reviewedOn: string | undefined,
  now = new Date(),
  relations: SeedRelations = { agreements: [], commitments: [] },
): Promise<UpgradeResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    const actor = {
      username: 'db:seed --upgrade',
      requestId: `seed-upgrade-${now.toISOString()}`,
      clientAddress: null,
    };
    let edited = 0;
    const audit = async (action: string, entity: string, before: unknown, after: unknown) => {
      if (action.endsWith('.edited') || action.endsWith('.created')) edited++;
      await recordAudit(tx, actor, { action, entity, before, after });
    };
    const { commitmentIds, touched } = await syncStructure(tx, target, audit);
    const slugById = new Map([...commitmentIds].map(([slug, id]) => [id, slug]));

    const plan = planSeedUpdates(target, targetDevelopments);
    const wanted = new Set(
      plan.map(({ commitment, update }) => fingerprint(seedContent(commitment, update))),
    );
    const stored = await storedSeedUpdates(tx);
    const kept = new Set<string>();
    let retracted = 0;
    for (const update of stored) {
      if (wanted.has(update.print) && !kept.has(update.print)) {
        kept.add(update.print);
        continue;
      }
      await tx
        .update(statusUpdates)
        .set({ retractedAt: now, retractedBy: SEED_AUTHOR_NAME, retractionReason: REVIEW_RETRACTION_REASON })
        .where(eq(statusUpdates.id, update.id));
      const slug = slugById.get(update.commitmentId) ?? String(update.commitmentId);
      touched.add(slug);
      retracted++;
      await audit(
        'update.retracted',
        `commitment:${slug}`,
        { updateId: update.id, retracted: false },
        {
          updateId: update.id,
          retracted: true,
          reason: REVIEW_RETRACTION_REASON,
        },
      );
    }

    const { ids: developmentIds, inserted: developmentsAdded } = await addDevelopments(
      tx,
      targetDevelopments,
      plan,
      kept,
    );
    let added = 0;
    for (const [tick, planned] of plan.entries()) {
      if (kept.has(fingerprint(seedContent(planned.commitment, planned.update)))) continue;
      const developmentId = planned.development === null ? null : developmentIds.get(planned.development)!;
      const updateId = await insertSeedUpdate(tx, {
        commitmentId: commitmentIds.get(planned.commitment)!,
        update: planned.update,
        developmentId,
        createdAt: new Date(now.getTime() + tick),
      });
      touched.add(planned.commitment);
      added++;
      await audit('update.published', `commitment:${planned.commitment}`, null, {
        updateId,
        developmentId,
        status: planned.update.status,
        effectiveOn: planned.update.effectiveOn,
      });
    }

    const reviews = reviewedOn ? await addReviews(tx, [...commitmentIds.values()], reviewedOn) : 0;
    const addedRelations = await insertSeedRelations(tx, relations);
    for (const relation of addedRelations)
      await audit('relation.added', relation.entity, null, relation.after);
    if (touched.size > 0) {
      await tx
        .update(commitments)
        .set({ version: sql`${commitments.version} + 1`, updatedAt: now })
        .where(inArray(commitments.slug, [...touched]));
    }
    // Running instances drop their caches (the upgrade is not one of them, so no origin matches).
    await tx.execute(
      sql`select pg_notify(${CHANGES_CHANNEL}, ${JSON.stringify({ entity: '*', origin: 'seed-upgrade' })})`,
    );
    return {
      retracted,
      added,
      developments: developmentsAdded,
      reviews,
      edited,
      relations: addedRelations.length,
    };
  });
}

/** Records the review day on every commitment that lacks it; returns how many were added. */
async function addReviews(tx: Db, commitmentIds: number[], reviewedOn: string): Promise<number> {
  const existing = await tx
    .select({ commitmentId: commitmentReviews.commitmentId })
    .from(commitmentReviews)
    .where(eq(commitmentReviews.reviewedOn, reviewedOn));
  const have = new Set(existing.map((row) => row.commitmentId));
  const missing = commitmentIds.filter((id) => !have.has(id));
  if (missing.length === 0) return 0;
  await tx.insert(commitmentReviews).values(
    missing.map((commitmentId) => ({
      commitmentId,
      reviewedOn,
      note: 'Record checked against the press through this day.',
      authorName: SEED_AUTHOR_NAME,
    })),
  );
  return missing.length;
}
