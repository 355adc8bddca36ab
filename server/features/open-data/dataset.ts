import { asc } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { agreements, commitments, statusUpdates, updateSources } from '../../db/schema/index.ts';
import type {
  ExportAgreement,
  ExportCommitment,
  ExportSource,
  ExportUpdate,
} from '../../../shared/contracts/export.ts';
import type { CategoryKey, SourceKind, StatusKey } from '../../../shared/domain/status.ts';
import { presentAgreement } from '../commitments/presenter.ts';
import { groupBy } from '../../../shared/lib/group-by.ts';

export interface DatasetUpdate extends ExportUpdate {
  id: number;
}

/** The complete public dataset, in export order: what the exports, feeds, badges and embeds are made from. */
export interface Dataset {
  agreements: ExportAgreement[];
  commitments: ExportCommitment[];
  updates: DatasetUpdate[];
}

/** Oldest event first; same-day events in the order they were published. */
function byEvent(a: DatasetUpdate, b: DatasetUpdate): number {
  if (a.effectiveOn !== b.effectiveOn) return a.effectiveOn < b.effectiveOn ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id - b.id;
}

/** Reads every agreement, commitment, update and source in four queries (no accounts, no audit log). */
export async function loadDataset(db: Db): Promise<Dataset> {
  const [agreementRows, commitmentRows, updateRows, sourceRows] = await Promise.all([
    db.select().from(agreements).orderBy(asc(agreements.position), asc(agreements.id)),
    db.select().from(commitments).orderBy(asc(commitments.position), asc(commitments.id)),
    db.select().from(statusUpdates),
    db.select().from(updateSources).orderBy(asc(updateSources.updateId), asc(updateSources.position)),
  ]);
  const agreementSlugs = new Map(agreementRows.map((row) => [row.id, row.slug]));
  const agreementOrder = new Map(agreementRows.map((row, index) => [row.id, index]));
  const orderedCommitments = [...commitmentRows].sort(
    (a, b) =>
      (agreementOrder.get(a.agreementId) ?? 0) - (agreementOrder.get(b.agreementId) ?? 0) ||
      a.position - b.position ||
      a.id - b.id,
  );
  const sources = groupBy(sourceRows, (row) => row.updateId);
  const updatesByCommitment = groupBy(updateRows, (row) => row.commitmentId);

  const updates: DatasetUpdate[] = [];
  for (const commitment of orderedCommitments) {
    const rows = (updatesByCommitment.get(commitment.id) ?? []).map((row): DatasetUpdate => ({
      id: row.id,
      commitment: commitment.slug,
      status: row.status as StatusKey,
      effectiveOn: row.effectiveOn,
      summary: row.summary,
      summaryKo: row.summaryKo,
      sources: (sources.get(row.id) ?? []).map((source): ExportSource => ({
        url: source.url,
        title: source.title,
        publisher: source.publisher,
        publishedOn: source.publishedOn,
        kind: (source.kind as SourceKind | null) ?? null,
      })),
      author: row.authorName,
      createdAt: row.createdAt.toISOString(),
      retraction: row.retractedAt
        ? {
            at: row.retractedAt.toISOString(),
            by: row.retractedBy ?? '',
            reason: row.retractionReason ?? '',
          }
        : null,
    }));
    updates.push(...rows.sort(byEvent));
  }

  return {
    agreements: agreementRows.map((row): ExportAgreement => presentAgreement(row)),
    commitments: orderedCommitments.map((row): ExportCommitment => ({
      slug: row.slug,
      agreement: agreementSlugs.get(row.agreementId) ?? '',
      articleRef: row.articleRef,
      title: row.title,
      titleKo: row.titleKo,
      text: row.text,
      category: row.category as CategoryKey,
      parties: row.parties,
      deadline: row.deadline,
      deadlineNote: row.deadlineNote,
    })),
    updates,
  };
}
