import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { agreements, commitments } from '../schema/index.ts';
import type { SeedAgreement } from './seed-types.ts';

/** Records one audited write of the upgrade (the caller binds the actor). */
export type AuditWrite = (action: string, entity: string, before: unknown, after: unknown) => Promise<void>;

const AGREEMENT_FIELDS = [
  'title',
  'titleKo',
  'signedOn',
  'place',
  'placeKo',
  'parties',
  'summary',
  'summaryKo',
  'sourceUrl',
] as const;
const COMMITMENT_FIELDS = [
  'articleRef',
  'title',
  'titleKo',
  'text',
  'textKo',
  'category',
  'parties',
  'deadline',
  'deadlineNote',
  'deadlineNoteKo',
] as const;

/** The fields whose stored value differs from the target's (missing optional target fields count as null). */
function changedFields<K extends string>(
  stored: Record<K, unknown>,
  target: Partial<Record<K, unknown>>,
  keys: readonly K[],
): Partial<Record<K, unknown>> {
  const changed: Partial<Record<K, unknown>> = {};
  for (const key of keys) {
    const wanted = target[key] ?? null;
    if (JSON.stringify(stored[key] ?? null) !== JSON.stringify(wanted)) changed[key] = wanted;
  }
  return changed;
}

const pick = <K extends string>(row: Record<K, unknown>, keys: readonly string[]) =>
  Object.fromEntries(keys.map((key) => [key, row[key as K]]));

/**
 * Brings agreements and commitments to the target's wording and order, as audited edits; adds what is
 * missing. Returns the commitment ids by slug and the slugs whose version must move on.
 */
export async function syncStructure(
  tx: Db,
  target: readonly SeedAgreement[],
  audit: AuditWrite,
): Promise<{ commitmentIds: Map<string, number>; touched: Set<string> }> {
  const commitmentIds = new Map<string, number>();
  const touched = new Set<string>();
  for (const [agreementPosition, agreement] of target.entries()) {
    const { commitments: targetCommitments, ...fields } = agreement;
    const [stored] = await tx.select().from(agreements).where(eq(agreements.slug, agreement.slug));
    let agreementId: number;
    if (!stored) {
      const [row] = await tx
        .insert(agreements)
        .values({ ...fields, position: agreementPosition })
        .returning({ id: agreements.id });
      agreementId = row!.id;
      await audit('agreement.created', `agreement:${agreement.slug}`, null, fields);
    } else {
      agreementId = stored.id;
      const changed = changedFields(stored, fields, AGREEMENT_FIELDS);
      if (Object.keys(changed).length > 0) {
        await tx
          .update(agreements)
          .set(changed as Partial<typeof agreements.$inferInsert>)
          .where(eq(agreements.id, stored.id));
        await audit(
          'agreement.edited',
          `agreement:${agreement.slug}`,
          pick(stored, Object.keys(changed)),
          changed,
        );
      }
    }
    for (const [position, commitment] of targetCommitments.entries()) {
      const { updates: _u, fromDevelopments: _d, ...commitmentFields } = commitment;
      const [existing] = await tx.select().from(commitments).where(eq(commitments.slug, commitment.slug));
      if (!existing) {
        const [row] = await tx
          .insert(commitments)
          .values({ ...commitmentFields, agreementId, position })
          .returning({ id: commitments.id });
        commitmentIds.set(commitment.slug, row!.id);
        await audit('commitment.created', `commitment:${commitment.slug}`, null, commitmentFields);
        continue;
      }
      commitmentIds.set(commitment.slug, existing.id);
      const changed = changedFields(existing, commitmentFields, COMMITMENT_FIELDS);
      if (existing.position !== position) {
        await tx.update(commitments).set({ position }).where(eq(commitments.id, existing.id));
      }
      if (Object.keys(changed).length === 0) continue;
      await tx
        .update(commitments)
        .set({ ...(changed as Partial<typeof commitments.$inferInsert>), updatedAt: sql`now()` })
        .where(eq(commitments.id, existing.id));
      touched.add(commitment.slug);
      await audit(
        'commitment.edited',
        `commitment:${commitment.slug}`,
        pick(existing, Object.keys(changed)),
        changed,
      );
    }
  }
  return { commitmentIds, touched };
}
