import { asc } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { DevelopmentRow, DevelopmentSource } from '../../db/schema/index.ts';
import {
  agreements,
  commitmentReviews,
  commitments,
  developments,
  statusUpdates,
  updateSources,
} from '../../db/schema/index.ts';
import type {
  ExportAgreement,
  ExportAgreementRelation,
  ExportCommitmentRelation,
  ExportCommitment,
  ExportDevelopment,
  ExportParty,
  ExportReview,
  ExportSource,
  ExportUpdate,
} from '../../../shared/contracts/export.ts';
import type { DatePrecision, Standing } from '../../../shared/domain/evidence.ts';
import type { CategoryKey, StatusKey } from '../../../shared/domain/status.ts';
import { presentAgreement, presentSource } from '../commitments/presenter.ts';
import { loadParties, presentParty } from '../parties/service.ts';
import { loadAgreementRelations, loadCommitmentRelations } from '../relations/load-relations.ts';
import { groupBy } from '../../../shared/lib/group-by.ts';

export interface DatasetUpdate extends ExportUpdate {
  id: number;
}

/** The complete public dataset, in export order: what the exports, feeds, badges and embeds are made from. */
export interface Dataset {
  parties: ExportParty[];
  agreements: ExportAgreement[];
  commitments: ExportCommitment[];
  developments: ExportDevelopment[];
  updates: DatasetUpdate[];
  reviews: ExportReview[];
  agreementRelations: ExportAgreementRelation[];
  commitmentRelations: ExportCommitmentRelation[];
}

const exportSource = (source: DevelopmentSource): ExportSource => presentSource(source);

type EventRow = Pick<
  DevelopmentRow,
  | 'effectiveOn'
  | 'datePrecision'
  | 'actors'
  | 'standing'
  | 'disputeNote'
  | 'disputeNoteKo'
  | 'summary'
  | 'summaryKo'
  | 'authorName'
  | 'createdAt'
>;

/** The fields an update and a development share, in export order. */
function eventOf(row: EventRow, sources: ExportSource[]): Omit<ExportDevelopment, 'id'> {
  return {
    effectiveOn: row.effectiveOn,
    datePrecision: row.datePrecision as DatePrecision,
    actors: row.actors,
    standing: row.standing as Standing,
    disputeNote: row.disputeNote,
    disputeNoteKo: row.disputeNoteKo,
    summary: row.summary,
    summaryKo: row.summaryKo,
    sources,
    author: row.authorName,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Oldest event first; same-day events in the order they were published. */
function byEvent(a: DatasetUpdate, b: DatasetUpdate): number {
  if (a.effectiveOn !== b.effectiveOn) return a.effectiveOn < b.effectiveOn ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id - b.id;
}

/** Reads every public record in nine queries (no accounts, no audit log). */
export async function loadDataset(db: Db): Promise<Dataset> {
  const [
    agreementRows,
    commitmentRows,
    updateRows,
    sourceRows,
    partyRows,
    developmentRows,
    reviewRows,
    agreementLinks,
    commitmentLinks,
  ] = await Promise.all([
    db.select().from(agreements).orderBy(asc(agreements.position), asc(agreements.id)),
    db.select().from(commitments).orderBy(asc(commitments.position), asc(commitments.id)),
    db.select().from(statusUpdates),
    db.select().from(updateSources).orderBy(asc(updateSources.updateId), asc(updateSources.position)),
    loadParties(db),
    db.select().from(developments).orderBy(asc(developments.effectiveOn), asc(developments.id)),
    db.select().from(commitmentReviews).orderBy(asc(commitmentReviews.reviewedOn), asc(commitmentReviews.id)),
    loadAgreementRelations(db),
    loadCommitmentRelations(db),
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
      ...eventOf(row, (sources.get(row.id) ?? []).map(exportSource)),
      meetsDeadline: row.meetsDeadline,
      development: row.developmentId,
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

  const reviewsByCommitment = groupBy(reviewRows, (row) => row.commitmentId);
  return {
    parties: partyRows.map(presentParty),
    // The agreement record stays as in format 2: relations are lists of their own, below.
    agreements: agreementRows.map((row): ExportAgreement => {
      const { relations: _relations, ...agreement } = presentAgreement(row, []);
      return agreement;
    }),
    commitments: orderedCommitments.map((row): ExportCommitment => ({
      slug: row.slug,
      agreement: agreementSlugs.get(row.agreementId) ?? '',
      articleRef: row.articleRef,
      title: row.title,
      titleKo: row.titleKo,
      text: row.text,
      textKo: row.textKo,
      category: row.category as CategoryKey,
      parties: row.parties,
      deadline: row.deadline,
      deadlineNote: row.deadlineNote,
      deadlineNoteKo: row.deadlineNoteKo,
      deadlineMetOn: row.deadlineMetOn,
    })),
    developments: developmentRows.map((row) => ({
      id: row.id,
      ...eventOf(row, row.sources.map(exportSource)),
    })),
    updates,
    reviews: orderedCommitments.flatMap((commitment) =>
      (reviewsByCommitment.get(commitment.id) ?? []).map((row): ExportReview => ({
        commitment: commitment.slug,
        reviewedOn: row.reviewedOn,
        note: row.note,
        author: row.authorName,
        createdAt: row.createdAt.toISOString(),
      })),
    ),
    agreementRelations: agreementLinks.map((link) => ({
      agreement: link.subject.slug,
      type: link.type,
      relatedAgreement: link.object.slug,
      note: link.note,
      noteKo: link.noteKo,
    })),
    commitmentRelations: commitmentLinks.map((link) => ({
      commitment: link.subject.slug,
      kind: link.kind,
      relatedCommitment: link.object.slug,
      note: link.note,
      noteKo: link.noteKo,
    })),
  };
}
