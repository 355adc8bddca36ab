import type { LintCommitment } from '../../../shared/domain/record-lint/types.ts';
import { planSeedUpdates } from './seed-events.ts';
import type { SeedAgreement, SeedDevelopment } from './seed-types.ts';

/** The seed as the record lint reads it: every commitment with its direct and development updates. */
export function seedForLint(
  agreements: readonly SeedAgreement[],
  developments: readonly SeedDevelopment[],
  reviewedOn: string | undefined,
): LintCommitment[] {
  const plan = planSeedUpdates(agreements, developments);
  return agreements.flatMap((agreement) =>
    agreement.commitments.map((commitment) => ({
      slug: commitment.slug,
      deadline: commitment.deadline ?? null,
      deadlineMetOn: null,
      reviews: reviewedOn ? [{ reviewedOn }] : [],
      updates: plan
        .filter((planned) => planned.commitment === commitment.slug)
        .map(({ update }) => ({ ...update, retracted: false })),
    })),
  );
}
