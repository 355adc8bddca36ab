import { and, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { agreementRelations, agreements, commitmentRelations, commitments } from '../../db/schema/index.ts';

/** Agreement ids by slug, for the slugs that exist. */
export async function agreementIdsBySlug(tx: Db, slugs: readonly string[]): Promise<Map<string, number>> {
  if (slugs.length === 0) return new Map();
  const rows = await tx
    .select({ id: agreements.id, slug: agreements.slug })
    .from(agreements)
    .where(inArray(agreements.slug, [...new Set(slugs)]));
  return new Map(rows.map((row) => [row.slug, row.id]));
}

/** Commitment ids and their agreement ids by slug, for the slugs that exist. */
export async function commitmentIdsBySlug(
  tx: Db,
  slugs: readonly string[],
): Promise<Map<string, { id: number; agreementId: number }>> {
  if (slugs.length === 0) return new Map();
  const rows = await tx
    .select({ id: commitments.id, slug: commitments.slug, agreementId: commitments.agreementId })
    .from(commitments)
    .where(inArray(commitments.slug, [...new Set(slugs)]));
  return new Map(rows.map((row) => [row.slug, { id: row.id, agreementId: row.agreementId }]));
}

/** True when the two agreements are already related, in either direction (one relation per pair). */
export async function agreementPairTaken(tx: Db, a: number, b: number): Promise<boolean> {
  const rows = await tx
    .select({ id: agreementRelations.id })
    .from(agreementRelations)
    .where(
      or(
        and(eq(agreementRelations.agreementId, a), eq(agreementRelations.relatedAgreementId, b)),
        and(eq(agreementRelations.agreementId, b), eq(agreementRelations.relatedAgreementId, a)),
      ),
    );
  return rows.length > 0;
}

/** True when the two commitments are already related, in either direction. */
export async function commitmentPairTaken(tx: Db, a: number, b: number): Promise<boolean> {
  const rows = await tx
    .select({ id: commitmentRelations.id })
    .from(commitmentRelations)
    .where(
      or(
        and(eq(commitmentRelations.commitmentId, a), eq(commitmentRelations.relatedCommitmentId, b)),
        and(eq(commitmentRelations.commitmentId, b), eq(commitmentRelations.relatedCommitmentId, a)),
      ),
    );
  return rows.length > 0;
}
