import type { AgreementRow, CommitmentRow, StatusUpdateRow, UpdateSourceRow } from '../../db/schema/index.ts';
import type {
  Agreement,
  AgreementRelation,
  CommitmentSummary,
  Source,
  StatusUpdate,
} from '../../../shared/contracts/public.ts';
import type { DatedStatus } from '../../../shared/domain/current-status.ts';
import { decidingUpdate } from '../../../shared/domain/current-status.ts';
import { todayIso } from '../../../shared/domain/dates.ts';
import type { DeadlineEvidence } from '../../../shared/domain/deadlines.ts';
import { deadlineMetOn, deadlineState } from '../../../shared/domain/deadlines.ts';
import type { DatePrecision, Standing } from '../../../shared/domain/evidence.ts';
import type { CategoryKey, SourceKind, StatusKey } from '../../../shared/domain/status.ts';

/** An agreement with its relations to the others (see relations/presenter.ts). */
export function presentAgreement(row: AgreementRow, relations: AgreementRelation[]): Agreement {
  return {
    slug: row.slug,
    title: row.title,
    titleKo: row.titleKo,
    signedOn: row.signedOn,
    place: row.place,
    placeKo: row.placeKo,
    parties: row.parties,
    summary: row.summary,
    summaryKo: row.summaryKo,
    sourceUrl: row.sourceUrl,
    relations,
  };
}

/** The latest of the last review and the last non-retracted update: how far the record was checked. */
export function reviewedThrough(updates: readonly DatedStatus[], lastReviewOn: string | null): string | null {
  let latest = lastReviewOn;
  for (const update of updates) {
    if (update.retractedAt) continue;
    if (!latest || update.effectiveOn > latest) latest = update.effectiveOn;
  }
  return latest;
}

/**
 * A commitment with its status and deadline state as of a date (undefined: now), computed by the shared
 * rules; `lastReviewOn` is its latest review day.
 */
export function presentCommitmentSummary(
  row: CommitmentRow,
  agreementSlug: string,
  updates: readonly (DatedStatus & DeadlineEvidence)[],
  asOf: string | undefined,
  lastReviewOn: string | null,
): CommitmentSummary {
  const deciding = decidingUpdate(updates, asOf);
  const metOn = deadlineMetOn(row.deadlineMetOn, updates);
  return {
    slug: row.slug,
    agreementSlug,
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
    deadlineMetOn: metOn,
    deadlineState: deadlineState({ deadline: row.deadline, deadlineMetOn: metOn }, asOf ?? todayIso()),
    position: row.position,
    version: row.version,
    status: deciding?.status ?? 'not_started',
    lastUpdateOn: deciding?.effectiveOn ?? null,
    reviewedThrough: reviewedThrough(updates, lastReviewOn),
  };
}

/** A source from its row (an update's) or from a development's copy: the same fields. */
export function presentSource(
  row: Pick<UpdateSourceRow, 'url' | 'title' | 'publisher' | 'publishedOn' | 'kind' | 'contests'>,
): Source {
  return {
    url: row.url,
    title: row.title,
    publisher: row.publisher,
    publishedOn: row.publishedOn,
    kind: row.kind as SourceKind,
    contests: row.contests,
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
    datePrecision: row.datePrecision as DatePrecision,
    actors: row.actors,
    standing: row.standing as Standing,
    disputeNote: row.disputeNote,
    disputeNoteKo: row.disputeNoteKo,
    meetsDeadline: row.meetsDeadline,
    developmentId: row.developmentId,
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
