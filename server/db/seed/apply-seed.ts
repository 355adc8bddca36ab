import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { agreements, auditEvents, commitments } from '../schema/index.ts';
import { insertUpdate } from '../../features/commitments/insert-update.ts';
import type { SeedAgreement } from './seed-types.ts';

export const SEED_AUTHOR = 'Accord Tracker editors';
/** Seeding and importing fill an empty database; both take this lock so concurrent starts take turns. */
export const SEED_LOCK_KEY = 4_201_809_20;

export type SeedResult =
  | { seeded: true; agreements: number; commitments: number; updates: number }
  | { seeded: false; reason: string };

/**
 * Seeds the given agreements once: only into a database with no agreements and no edits to any,
 * so a restart adds nothing and data that analysts have touched is never seeded over.
 */
export async function seedIfEmpty(
  db: Db,
  seed: readonly SeedAgreement[],
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

    let commitmentCount = 0;
    let updateCount = 0;
    let tick = 0; // distinct createdAt per update keeps same-day ties in seed order
    for (const [agreementIndex, agreement] of seed.entries()) {
      const [agreementRow] = await tx
        .insert(agreements)
        .values({
          slug: agreement.slug,
          title: agreement.title,
          titleKo: agreement.titleKo ?? null,
          signedOn: agreement.signedOn,
          place: agreement.place,
          placeKo: agreement.placeKo ?? null,
          parties: agreement.parties,
          summary: agreement.summary,
          summaryKo: agreement.summaryKo ?? null,
          sourceUrl: agreement.sourceUrl ?? null,
          position: agreementIndex,
        })
        .returning({ id: agreements.id });
      for (const [position, commitment] of agreement.commitments.entries()) {
        const [commitmentRow] = await tx
          .insert(commitments)
          .values({
            slug: commitment.slug,
            agreementId: agreementRow!.id,
            articleRef: commitment.articleRef,
            title: commitment.title,
            titleKo: commitment.titleKo ?? null,
            text: commitment.text,
            textKo: commitment.textKo ?? null,
            category: commitment.category,
            parties: commitment.parties,
            deadline: commitment.deadline ?? null,
            deadlineNote: commitment.deadlineNote ?? null,
            deadlineNoteKo: commitment.deadlineNoteKo ?? null,
            position,
          })
          .returning({ id: commitments.id });
        commitmentCount++;
        for (const update of commitment.updates) {
          await insertUpdate(tx, {
            ...update,
            commitmentId: commitmentRow!.id,
            datePrecision: update.datePrecision ?? 'day',
            actors: update.actors ?? [],
            standing: update.standing ?? 'confirmed',
            meetsDeadline: update.meetsDeadline ?? false,
            sources: update.sources.map((source) => ({ ...source, contests: source.contests ?? false })),
            authorId: null,
            authorName: SEED_AUTHOR,
            createdAt: new Date(now.getTime() + tick++),
          });
          updateCount++;
        }
      }
    }
    return { seeded: true, agreements: seed.length, commitments: commitmentCount, updates: updateCount };
  });
}
