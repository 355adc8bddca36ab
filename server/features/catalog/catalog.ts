import { asc } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { agreements, commitments, statusUpdates } from '../../db/schema/index.ts';
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

/** Reads the catalog from the database. */
export async function loadCatalog(db: Db): Promise<Catalog> {
  const [agreementRows, commitmentRows, updateRows] = await Promise.all([
    db.select().from(agreements).orderBy(asc(agreements.position), asc(agreements.id)),
    db.select().from(commitments).orderBy(asc(commitments.position), asc(commitments.id)),
    db
      .select({
        commitmentId: statusUpdates.commitmentId,
        status: statusUpdates.status,
        effectiveOn: statusUpdates.effectiveOn,
        createdAt: statusUpdates.createdAt,
        retractedAt: statusUpdates.retractedAt,
      })
      .from(statusUpdates),
  ]);
  const slugByAgreement = new Map(agreementRows.map((row) => [row.id, row.slug]));
  const updatesByCommitment = groupBy(
    updateRows.map((row): DatedStatus & { commitmentId: number } => ({
      ...row,
      status: row.status as StatusKey,
    })),
    (row) => row.commitmentId,
  );
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
