import { and, asc, desc, eq, ilike, inArray, or } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { agreements, commitments, statusUpdates, updateSources } from '../../db/schema/index.ts';
import type { UpdateSourceRow } from '../../db/schema/index.ts';
import type {
  CommitmentDetail,
  CommitmentSummary,
  CommitmentsQuery,
} from '../../../shared/contracts/public.ts';
import type { StatusKey } from '../../../shared/domain/status.ts';
import { groupBy } from '../../../shared/lib/group-by.ts';
import { notFound } from '../../http/errors.ts';
import { presentAgreement, presentCommitmentSummary, presentStatusUpdate } from './presenter.ts';

/** LIKE treats % and _ as wildcards; a search for "50%" means the characters. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** Sources of the given updates, grouped by update id and in their order. */
export async function sourcesByUpdate(db: Db, updateIds: number[]): Promise<Map<number, UpdateSourceRow[]>> {
  if (updateIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(updateSources)
    .where(inArray(updateSources.updateId, updateIds))
    .orderBy(asc(updateSources.updateId), asc(updateSources.position));
  return groupBy(rows, (row) => row.updateId);
}

/** One commitment with its agreement and full history (newest first, retracted ones included). */
export async function getCommitment(db: Db, slug: string): Promise<CommitmentDetail> {
  const [found] = await db
    .select({ commitment: commitments, agreement: agreements })
    .from(commitments)
    .innerJoin(agreements, eq(agreements.id, commitments.agreementId))
    .where(eq(commitments.slug, slug));
  if (!found) throw notFound(`Commitment "${slug}"`);
  const updateRows = await db
    .select()
    .from(statusUpdates)
    .where(eq(statusUpdates.commitmentId, found.commitment.id))
    .orderBy(desc(statusUpdates.effectiveOn), desc(statusUpdates.createdAt), desc(statusUpdates.id));
  const sources = await sourcesByUpdate(
    db,
    updateRows.map((row) => row.id),
  );
  const dated = updateRows.map((row) => ({ ...row, status: row.status as StatusKey }));
  return {
    ...presentCommitmentSummary(found.commitment, found.agreement.slug, dated),
    agreement: presentAgreement(found.agreement),
    updates: updateRows.map((row) => presentStatusUpdate(row, slug, sources.get(row.id) ?? [])),
  };
}

/** Commitments matching the filters, with their status as of the asked date (default now). */
export async function listCommitments(db: Db, query: CommitmentsQuery): Promise<CommitmentSummary[]> {
  const conditions: SQL[] = [];
  if (query.agreement) conditions.push(eq(agreements.slug, query.agreement));
  if (query.category) conditions.push(eq(commitments.category, query.category));
  if (query.q) {
    const pattern = likePattern(query.q);
    conditions.push(
      or(
        ilike(commitments.title, pattern),
        ilike(commitments.titleKo, pattern),
        ilike(commitments.text, pattern),
      )!,
    );
  }
  const rows = await db
    .select({ commitment: commitments, agreementSlug: agreements.slug })
    .from(commitments)
    .innerJoin(agreements, eq(agreements.id, commitments.agreementId))
    .where(and(...conditions))
    .orderBy(asc(agreements.position), asc(agreements.id), asc(commitments.position));
  const ids = rows.map((row) => row.commitment.id);
  const updates =
    ids.length === 0
      ? []
      : await db
          .select({
            commitmentId: statusUpdates.commitmentId,
            status: statusUpdates.status,
            effectiveOn: statusUpdates.effectiveOn,
            createdAt: statusUpdates.createdAt,
            retractedAt: statusUpdates.retractedAt,
          })
          .from(statusUpdates)
          .where(inArray(statusUpdates.commitmentId, ids));
  const byCommitment = groupBy(updates, (update) => update.commitmentId);
  const summaries = rows.map((row) =>
    presentCommitmentSummary(
      row.commitment,
      row.agreementSlug,
      (byCommitment.get(row.commitment.id) ?? []).map((update) => ({
        ...update,
        status: update.status as StatusKey,
      })),
      query.asOf,
    ),
  );
  return query.status ? summaries.filter((summary) => summary.status === query.status) : summaries;
}
