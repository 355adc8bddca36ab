import type { Dashboard, StatusCounts } from '../../../shared/contracts/public.ts';
import { STATUS_KEYS } from '../../../shared/domain/status.ts';
import type { Catalog } from '../catalog/catalog.ts';
import { presentAgreement, presentCommitmentSummary } from '../commitments/presenter.ts';
import { presentParty } from '../parties/service.ts';
import { relationsOfAgreement } from '../relations/presenter.ts';

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(STATUS_KEYS.map((key) => [key, 0])) as StatusCounts;
}

/**
 * The earliest reviewedThrough of the commitments given: the whole record is checked through this day.
 * A commitment never updated nor reviewed leaves it null (nothing can be claimed).
 */
export function checkedThrough(commitments: readonly { reviewedThrough: string | null }[]): string | null {
  let earliest: string | null = null;
  for (const { reviewedThrough } of commitments) {
    if (!reviewedThrough) return null;
    if (!earliest || reviewedThrough < earliest) earliest = reviewedThrough;
  }
  return earliest;
}

/** The public dashboard as of a date: every commitment with its status then, and the counts. */
export function buildDashboard(catalog: Catalog, asOf: string, generatedAt: Date): Dashboard {
  const counts = emptyCounts();
  let lastUpdateOn: string | null = null;
  const commitments = catalog.commitments.map((row) => {
    const summary = presentCommitmentSummary(row, row.agreementSlug, row.updates, asOf, row.lastReviewOn);
    counts[summary.status]++;
    if (summary.lastUpdateOn && (!lastUpdateOn || summary.lastUpdateOn > lastUpdateOn))
      lastUpdateOn = summary.lastUpdateOn;
    return summary;
  });
  return {
    asOf,
    generatedAt: generatedAt.toISOString(),
    agreements: catalog.agreements.map((row) =>
      presentAgreement(row, relationsOfAgreement(catalog.agreementRelations, row.slug)),
    ),
    commitments,
    counts,
    lastUpdateOn,
    checkedThrough: checkedThrough(commitments),
    partyRegistry: catalog.parties.map(presentParty),
  };
}
