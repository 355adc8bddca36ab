import { asc, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import { agreements, commitments } from '../../db/schema/index.ts';
import type { AgreementRow, CommitmentRow, PartyRow } from '../../db/schema/index.ts';
import type { DatedStatus } from '../../../shared/domain/current-status.ts';
import type { DeadlineEvidence } from '../../../shared/domain/deadlines.ts';
import { loadParties } from '../parties/service.ts';
import { loadAgreementRelations } from '../relations/load-relations.ts';
import type { AgreementRelationLink } from '../relations/load-relations.ts';
import type { StatusKey } from '../../../shared/domain/status.ts';
import { groupBy } from '../../../shared/lib/group-by.ts';

/** What the status and deadline rules need from an update, and its id (to name the update behind a change). */
export type CatalogUpdate = DatedStatus & DeadlineEvidence & { id: number };

export interface CatalogCommitment extends CommitmentRow {
  agreementSlug: string;
  /** Only what the status and deadline rules need; full updates are read per commitment page. */
  updates: CatalogUpdate[];
  /** The latest day an analyst reviewed it without changing its status (null: never). */
  lastReviewOn: string | null;
}

/** Everything the public overview needs, read in a few queries and held in memory between changes. */
export interface Catalog {
  agreements: AgreementRow[];
  commitments: CatalogCommitment[];
  parties: PartyRow[];
  agreementRelations: AgreementRelationLink[];
}

type UpdateTuple = [
  commitmentId: number,
  status: StatusKey,
  effectiveOn: string,
  createdAtMs: number,
  retracted: boolean,
  meetsDeadline: boolean,
  id: number,
];

/**
 * The status fields of every update, as one JSON array built by the database: at 100,000 updates this
 * is several times faster than as many rows, which the drivers (PGlite above all) decode one by one.
 */
async function loadUpdateStatuses(db: Db): Promise<(CatalogUpdate & { commitmentId: number })[]> {
  const [row] = await queryRows<{ updates: string }>(
    db,
    sql`select coalesce(json_agg(json_build_array(commitment_id, status, effective_on,
          (extract(epoch from created_at) * 1000)::bigint, retracted_at is not null, meets_deadline, id)), '[]')::text
          as updates
        from status_updates`,
  );
  const tuples = JSON.parse(row?.updates ?? '[]') as UpdateTuple[];
  return tuples.map(([commitmentId, status, effectiveOn, createdAt, retracted, meetsDeadline, id]) => ({
    id,
    commitmentId,
    status,
    effectiveOn,
    createdAt,
    retractedAt: retracted,
    meetsDeadline,
  }));
}

/** Each commitment's latest review day. */
async function loadLastReviews(db: Db): Promise<Map<number, string>> {
  const rows = await queryRows<{ commitment_id: number; reviewed_on: string }>(
    db,
    sql`select commitment_id, max(reviewed_on)::text as reviewed_on from commitment_reviews group by commitment_id`,
  );
  return new Map(rows.map((row) => [Number(row.commitment_id), row.reviewed_on]));
}

/** Reads the catalog from the database. */
export async function loadCatalog(db: Db): Promise<Catalog> {
  const [agreementRows, commitmentRows, updates, lastReviews, partyRows, agreementRelations] =
    await Promise.all([
      db.select().from(agreements).orderBy(asc(agreements.position), asc(agreements.id)),
      db.select().from(commitments).orderBy(asc(commitments.position), asc(commitments.id)),
      loadUpdateStatuses(db),
      loadLastReviews(db),
      loadParties(db),
      loadAgreementRelations(db),
    ]);
  const slugByAgreement = new Map(agreementRows.map((row) => [row.id, row.slug]));
  const updatesByCommitment = groupBy(updates, (update) => update.commitmentId);
  const agreementOrder = new Map(agreementRows.map((row, index) => [row.id, index]));
  const sorted = [...commitmentRows].sort(
    (a, b) =>
      (agreementOrder.get(a.agreementId) ?? 0) - (agreementOrder.get(b.agreementId) ?? 0) ||
      a.position - b.position,
  );
  return {
    agreements: agreementRows,
    parties: partyRows,
    agreementRelations,
    commitments: sorted.map((row) => ({
      ...row,
      agreementSlug: slugByAgreement.get(row.agreementId) ?? '',
      updates: updatesByCommitment.get(row.id) ?? [],
      lastReviewOn: lastReviews.get(row.id) ?? null,
    })),
  };
}
