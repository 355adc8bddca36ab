import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { agreements, auditEvents, commitmentReviews, commitments } from '../schema/index.ts';
import { insertSeedDevelopment, insertSeedUpdate, SEED_AUTHOR_NAME } from './insert-seed-rows.ts';
import { planSeedUpdates } from './seed-events.ts';
import { insertSeedRelations } from './seed-relations.ts';
import type { SeedRelations } from './seed-relations.ts';
import type { SeedAgreement, SeedDevelopment } from './seed-types.ts';

export const SEED_AUTHOR = SEED_AUTHOR_NAME;
/** Seeding and importing fill an empty database; both take this lock so concurrent starts take turns. */
export const SEED_LOCK_KEY = 4_201_809_20;

export type SeedResult =
  | { seeded: true; agreements: number; commitments: number; updates: number; developments: number }
  | { seeded: false; reason: string };

/** What a seed holds beyond its agreements: developments, and the day every commitment was checked through. */
export interface SeedExtras {
  developments?: readonly SeedDevelopment[];
  reviewedOn?: string;
  /** Relations between agreements and clauses; those naming slugs not seeded are skipped. */
  relations?: SeedRelations;
}

/**
 * Seeds the given agreements once: only into a database with no agreements and no edits to any,
 * so a restart adds nothing and data that analysts have touched is never seeded over.
 */
export async function seedIfEmpty(
  db: Db,
  seed: readonly SeedAgreement[],
  extras: SeedExtras = {},
  now = new Date(),
): Promise<SeedResult> {
  return db.transaction(async (tx) => {
    // Concurrent first starts on one PostgreSQL take turns here; the loser then sees data and skips.
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    const [existing] = await tx.select({ n: sql<number>`count(*)::int` }).from(agreements);
    // Account and sign-in events do not count: creating the first analyst before the first start is fine.
    const [history] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(sql`${auditEvents.entity} like 'agreement:%' or ${auditEvents.entity} like 'commitment:%'`);
    if ((existing?.n ?? 0) > 0) return { seeded: false, reason: 'the database already holds agreements' };
    if ((history?.n ?? 0) > 0) return { seeded: false, reason: 'the database has an edit history' };

    const commitmentIds = await insertAgreements(tx, seed);
    const developments = extras.developments ?? [];
    const developmentIds: number[] = [];
    for (const development of developments) developmentIds.push(await insertSeedDevelopment(tx, development));
    const plan = planSeedUpdates(seed, developments);
    // createdAt follows the plan (same-day ties), but rows go in commitment by commitment, as the open-data
    // export lists them, so an export imported elsewhere gets the same ids back.
    const slugOrder = new Map([...commitmentIds.keys()].map((slug, index) => [slug, index]));
    const inExportOrder = [...plan.entries()].sort(
      ([a, x], [b, y]) => slugOrder.get(x.commitment)! - slugOrder.get(y.commitment)! || a - b,
    );
    for (const [tick, planned] of inExportOrder) {
      await insertSeedUpdate(tx, {
        commitmentId: commitmentIds.get(planned.commitment)!,
        update: planned.update,
        developmentId: planned.development === null ? null : developmentIds[planned.development]!,
        createdAt: new Date(now.getTime() + tick), // distinct, in plan order: same-day ties follow it
      });
    }
    if (extras.relations) await insertSeedRelations(tx, extras.relations);
    if (extras.reviewedOn) {
      const reviewedOn = extras.reviewedOn;
      await tx.insert(commitmentReviews).values(
        [...commitmentIds.values()].map((commitmentId) => ({
          commitmentId,
          reviewedOn,
          note: 'Record checked against the press through this day.',
          authorName: SEED_AUTHOR,
        })),
      );
    }
    return {
      seeded: true,
      agreements: seed.length,
      commitments: commitmentIds.size,
      updates: plan.length,
      developments: developments.length,
    };
  });
}

/** Inserts the agreements and their commitments; returns commitment ids by slug. */
async function insertAgreements(tx: Db, seed: readonly SeedAgreement[]): Promise<Map<string, number>> {
  const commitmentIds = new Map<string, number>();
  for (const [agreementIndex, agreement] of seed.entries()) {
    const { commitments: seedCommitments, ...fields } = agreement;
    const [agreementRow] = await tx
      .insert(agreements)
      .values({ ...fields, position: agreementIndex })
      .returning({ id: agreements.id });
    for (const [position, commitment] of seedCommitments.entries()) {
      const { updates: _updates, ...commitmentFields } = commitment;
      const [row] = await tx
        .insert(commitments)
        .values({ ...commitmentFields, agreementId: agreementRow!.id, position })
        .returning({ id: commitments.id });
      commitmentIds.set(commitment.slug, row!.id);
    }
  }
  return commitmentIds;
}
