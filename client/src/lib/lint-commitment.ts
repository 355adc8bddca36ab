import type { CommitmentDetail } from '../../../shared/contracts/public.ts';
import { todayInSeoul } from '../../../shared/domain/dates.ts';
import { lintRecord } from '../../../shared/domain/record-lint/lint-record.ts';
import type { LintCommitment, LintFinding } from '../../../shared/domain/record-lint/types.ts';

/** A commitment as the API shows it, in the shape the record lint takes (the same rules as `npm run data:lint`). */
export function toLintCommitment(detail: CommitmentDetail): LintCommitment {
  return {
    slug: detail.slug,
    deadline: detail.deadline,
    deadlineMetOn: detail.deadlineMetOn,
    reviews: detail.reviews,
    updates: detail.updates.map((update) => ({
      id: update.id,
      status: update.status,
      effectiveOn: update.effectiveOn,
      summaryKo: update.summaryKo,
      actors: update.actors,
      meetsDeadline: update.meetsDeadline,
      retracted: update.retraction !== null,
      sources: update.sources,
    })),
  };
}

/** The lint's findings on these commitments as of today in Korea, errors first. */
export function lintCommitments(details: readonly CommitmentDetail[], today = todayInSeoul()): LintFinding[] {
  return lintRecord(details.map(toLintCommitment), today).toSorted((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
}
