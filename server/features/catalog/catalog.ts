import { asc, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import { agreements, commitments } from '../../db/schema/index.ts';
import type { AgreementRow, CommitmentRow } from '../../db/schema/index.ts';
import type { DatedStatus } from '../../../shared/domain/current-status.ts';
import type { StatusKey } from '../../../shared/domain/status.ts';
import { groupBy } from '../../../shared/lib/group-by.ts';

export interface CatalogCommitment extends CommitmentRow {
  agreementSlug: string;
  /** Only what the status rule needs; full updates are read per commitment page. */
  updates: DatedStatus[];
}

/** Everything the public overview needs, read in three queries and held in memory between changes. */
export interface Catalog {
  agreements: AgreementRow[];
  commitments: CatalogCommitment[];
}

type UpdateTuple = [
  commitmentId: number,
  status: StatusKey,
  effectiveOn: string,
  createdAtMs: number,
  retracted: boolean,
];

/**
 * The status fields of every update, as one JSON array built by the database: at 100,000 updates this
 * is several times faster than as many rows, which the drivers (PGlite above all) decode one by one.
 */
async function loadUpdateStatuses(db: Db): Promise<(DatedStatus & { commitmentId: number })[]> {
  const [row] = await queryRows<{ updates: string }>(
    db,
    sql`select coalesce(json_agg(json_build_array(commitment_id, status, effective_on,
          (extract(epoch from created_at) * 1000)::bigint, retracted_at is not null)), '[]')::text as updates
        from status_updates`,
  );
  const tuples = JSON.parse(row?.updates ?? '[]') as UpdateTuple[];
  return tuples.map(([commitmentId, status, effectiveOn, createdAt, retracted]) => ({
    commitmentId,
    status,
    effectiveOn,
    createdAt,
    retractedAt: retracted,
  }));
}

/** Reads the catalog from the database. */
export async function loadCatalog(db: Db): Promise<Catalog> {
  const [agreementRows, commitmentRows, updates] = await Promise.all([
    db.select().from(agreements).orderBy(asc(agreements.position), asc(agreements.id)),
    db.select().from(commitments).orderBy(asc(commitments.position), asc(commitments.id)),
    loadUpdateStatuses(db),
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
    commitments: sorted.map((row) => ({
      ...row,
      agreementSlug: slugByAgreement.get(row.agreementId) ?? '',
      updates: updatesByCommitment.get(row.id) ?? [],
    })),
  };
}
