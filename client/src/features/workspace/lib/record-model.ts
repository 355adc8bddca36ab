import type {
  CommitmentDetail,
  CommitmentSummary,
  StatusUpdate,
} from '../../../../../shared/contracts/public.ts';
import type { IsoDate } from '../../../../../shared/domain/dates.ts';

/** Never-checked commitments first, then the oldest reviewedThrough; the record's order breaks ties. */
export function byOldestReview(commitments: readonly CommitmentSummary[]): CommitmentSummary[] {
  return commitments.toSorted((a, b) => {
    if (a.reviewedThrough === b.reviewedThrough) return 0;
    if (a.reviewedThrough === null) return -1;
    if (b.reviewedThrough === null) return 1;
    return a.reviewedThrough.localeCompare(b.reviewedThrough);
  });
}

function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Deadlines not yet met that fall from today through `days` days ahead, soonest first. */
export function deadlinesWithin(
  commitments: readonly CommitmentSummary[],
  today: IsoDate,
  days = 90,
): CommitmentSummary[] {
  const until = addDays(today, days);
  return commitments
    .filter((c) => c.deadline !== null && c.deadline >= today && c.deadline <= until && !c.deadlineMetOn)
    .toSorted((a, b) => a.deadline!.localeCompare(b.deadline!));
}

/** Commitments with no Korean title or clause text. */
export const commitmentsMissingKorean = (commitments: readonly CommitmentSummary[]) =>
  commitments.filter((c) => !c.titleKo?.trim() || !c.textKo?.trim());

/** Standing updates with no Korean summary, with the commitment they belong to. */
export function updatesMissingKorean(
  details: readonly CommitmentDetail[],
): { commitment: CommitmentDetail; update: StatusUpdate }[] {
  return details.flatMap((commitment) =>
    commitment.updates
      .filter((update) => !update.retraction && !update.summaryKo?.trim())
      .map((update) => ({ commitment, update })),
  );
}
