import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  agreements,
  commitmentReviews,
  commitments,
  statusUpdates,
  updateSources,
} from '../../db/schema/index.ts';
import type { UpdateSourceRow } from '../../db/schema/index.ts';
import type {
  CommitmentDetail,
  CommitmentSummary,
  CommitmentsQuery,
} from '../../../shared/contracts/public.ts';
import type { StatusKey } from '../../../shared/domain/status.ts';
import { groupBy } from '../../../shared/lib/group-by.ts';
import { notFound } from '../../http/errors.ts';
import type { Catalog, CatalogCommitment } from '../catalog/catalog.ts';
import { developmentRefs } from '../developments/service.ts';
import { loadParties, presentParty } from '../parties/service.ts';
import { loadAgreementRelations, loadCommitmentRelations } from '../relations/load-relations.ts';
import { relatedCommitmentsOf, relationsOfAgreement } from '../relations/presenter.ts';
import { presentAgreement, presentCommitmentSummary, presentStatusUpdate } from './presenter.ts';

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
  const developmentIds = [...new Set(updateRows.flatMap((row) => row.developmentId ?? []))];
  const [sources, reviewRows, developments, partyRows, agreementLinks, commitmentLinks] = await Promise.all([
    sourcesByUpdate(
      db,
      updateRows.map((row) => row.id),
    ),
    db
      .select()
      .from(commitmentReviews)
      .where(eq(commitmentReviews.commitmentId, found.commitment.id))
      .orderBy(desc(commitmentReviews.reviewedOn), desc(commitmentReviews.id)),
    developmentRefs(db, developmentIds),
    loadParties(db),
    loadAgreementRelations(db),
    loadCommitmentRelations(db),
  ]);
  const dated = updateRows.map((row) => ({ ...row, status: row.status as StatusKey }));
  const reviews = reviewRows.map((row) => ({
    id: row.id,
    reviewedOn: row.reviewedOn,
    note: row.note,
    author: row.authorName,
    createdAt: row.createdAt.toISOString(),
  }));
  return {
    ...presentCommitmentSummary(
      found.commitment,
      found.agreement.slug,
      dated,
      undefined,
      reviews[0]?.reviewedOn ?? null,
    ),
    agreement: presentAgreement(found.agreement, relationsOfAgreement(agreementLinks, found.agreement.slug)),
    updates: updateRows.map((row) => presentStatusUpdate(row, slug, sources.get(row.id) ?? [])),
    reviews,
    developments,
    relatedCommitments: relatedCommitmentsOf(commitmentLinks, slug),
    partyRegistry: partyRows.map(presentParty),
  };
}

/**
 * Commitments matching the filters, with their status as of the asked date (default now). Served from the
 * in-memory catalog: a scan of a few thousand rows beats a query that must read every update's status.
 */
export function listCommitments(catalog: Catalog, query: CommitmentsQuery): CommitmentSummary[] {
  const needle = query.q?.toLowerCase();
  const matches = (row: CatalogCommitment) =>
    (!query.agreement || row.agreementSlug === query.agreement) &&
    (!query.category || row.category === query.category) &&
    (!needle ||
      [row.title, row.titleKo ?? '', row.text, row.textKo ?? ''].some((text) =>
        text.toLowerCase().includes(needle),
      ));
  const summaries = catalog.commitments
    .filter(matches)
    .map((row) =>
      presentCommitmentSummary(row, row.agreementSlug, row.updates, query.asOf, row.lastReviewOn),
    );
  return query.status ? summaries.filter((summary) => summary.status === query.status) : summaries;
}
