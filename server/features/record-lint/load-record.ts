import { asc } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { commitmentReviews, commitments, statusUpdates, updateSources } from '../../db/schema/index.ts';
import type { LintCommitment } from '../../../shared/domain/record-lint/types.ts';
import type { StatusKey } from '../../../shared/domain/status.ts';
import { groupBy } from '../../../shared/lib/group-by.ts';

/** Reads the whole record from the database in the shape the record lint takes. */
export async function loadRecordForLint(db: Db): Promise<LintCommitment[]> {
  const [commitmentRows, updateRows, sourceRows, reviewRows] = await Promise.all([
    db.select().from(commitments).orderBy(asc(commitments.agreementId), asc(commitments.position)),
    db.select().from(statusUpdates).orderBy(asc(statusUpdates.effectiveOn), asc(statusUpdates.id)),
    db.select().from(updateSources).orderBy(asc(updateSources.updateId), asc(updateSources.position)),
    db.select().from(commitmentReviews),
  ]);
  const updatesBy = groupBy(updateRows, (row) => row.commitmentId);
  const sourcesBy = groupBy(sourceRows, (row) => row.updateId);
  const reviewsBy = groupBy(reviewRows, (row) => row.commitmentId);
  return commitmentRows.map((row) => ({
    slug: row.slug,
    deadline: row.deadline,
    deadlineMetOn: row.deadlineMetOn,
    reviews: reviewsBy.get(row.id) ?? [],
    updates: (updatesBy.get(row.id) ?? []).map((update) => ({
      id: update.id,
      status: update.status as StatusKey,
      effectiveOn: update.effectiveOn,
      summaryKo: update.summaryKo,
      actors: update.actors,
      meetsDeadline: update.meetsDeadline,
      retracted: update.retractedAt !== null,
      sources: sourcesBy.get(update.id) ?? [],
    })),
  }));
}
