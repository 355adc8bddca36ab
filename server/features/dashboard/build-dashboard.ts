import type { Dashboard, StatusCounts } from '../../../shared/contracts/public.ts';
import { STATUS_KEYS } from '../../../shared/domain/status.ts';
import type { Catalog } from '../catalog/catalog.ts';
import { presentAgreement, presentCommitmentSummary } from '../commitments/presenter.ts';

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(STATUS_KEYS.map((key) => [key, 0])) as StatusCounts;
}

/** The public dashboard as of a date: every commitment with its status then, and the counts. */
export function buildDashboard(catalog: Catalog, asOf: string, generatedAt: Date): Dashboard {
  const counts = emptyCounts();
  let lastUpdateOn: string | null = null;
  const commitments = catalog.commitments.map((row) => {
    const summary = presentCommitmentSummary(row, row.agreementSlug, row.updates, asOf);
    counts[summary.status]++;
    if (summary.lastUpdateOn && (!lastUpdateOn || summary.lastUpdateOn > lastUpdateOn))
      lastUpdateOn = summary.lastUpdateOn;
    return summary;
  });
  return {
    asOf,
    generatedAt: generatedAt.toISOString(),
    agreements: catalog.agreements.map(presentAgreement),
    commitments,
    counts,
    lastUpdateOn,
  };
}
