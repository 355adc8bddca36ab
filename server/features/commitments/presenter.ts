import type { AgreementRow, CommitmentRow, StatusUpdateRow, UpdateSourceRow } from '../../db/schema/index.ts';
import type { Agreement, CommitmentSummary, Source, StatusUpdate } from '../../../shared/contracts/public.ts';
import type { DatedStatus } from '../../../shared/domain/current-status.ts';
import { decidingUpdate } from '../../../shared/domain/current-status.ts';
import type { CategoryKey, SourceKind, StatusKey } from '../../../shared/domain/status.ts';

export function presentAgreement(row: AgreementRow): Agreement {
  return {
    slug: row.slug,
    title: row.title,
    titleKo: row.titleKo,
    signedOn: row.signedOn,
    place: row.place,
    parties: row.parties,
    summary: row.summary,
    sourceUrl: row.sourceUrl,
  };
}

/** A commitment with its status as of a date (undefined: now) computed by the shared rule. */
export function presentCommitmentSummary(
  row: CommitmentRow,
  agreementSlug: string,
  updates: readonly DatedStatus[],
  asOf?: string,
): CommitmentSummary {
  const deciding = decidingUpdate(updates, asOf);
  return {
    slug: row.slug,
    agreementSlug,
    articleRef: row.articleRef,
    title: row.title,
    titleKo: row.titleKo,
    text: row.text,
    category: row.category as CategoryKey,
    parties: row.parties,
    deadline: row.deadline,
    deadlineNote: row.deadlineNote,
    position: row.position,
    version: row.version,
    status: deciding?.status ?? 'not_started',
    lastUpdateOn: deciding?.effectiveOn ?? null,
  };
}

export function presentSource(row: UpdateSourceRow): Source {
  return {
    url: row.url,
    title: row.title,
    publisher: row.publisher,
    publishedOn: row.publishedOn,
    kind: (row.kind as SourceKind | null) ?? null,
  };
}

export function presentStatusUpdate(
  row: StatusUpdateRow,
  commitmentSlug: string,
  sources: readonly UpdateSourceRow[],
): StatusUpdate {
  return {
    id: row.id,
    commitmentSlug,
    status: row.status as StatusKey,
    effectiveOn: row.effectiveOn,
    summary: row.summary,
    summaryKo: row.summaryKo,
    sources: sources.map(presentSource),
    author: row.authorName,
    createdAt: row.createdAt.toISOString(),
    retraction:
      row.retractedAt && row.retractionReason
        ? { reason: row.retractionReason, by: row.retractedBy ?? '', at: row.retractedAt.toISOString() }
        : null,
  };
}
