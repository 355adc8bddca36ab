import type { Timeline } from '../../../shared/contracts/public.ts';
import { statusChangesBy, type StatusChangeBy } from '../../../shared/domain/status-timeline.ts';
import { shortenText } from '../../../shared/lib/shorten-text.ts';
import type { Catalog, CatalogUpdate } from '../catalog/catalog.ts';
import type { UpdateSummary } from './service.ts';

/** How long a summary the chart's tooltip gets, in columns (a Korean syllable counts two): about two lines. */
export const SUMMARY_COLUMNS = 100;

export interface CommitmentChanges {
  slug: string;
  changes: StatusChangeBy<CatalogUpdate>[];
}

/** Every commitment's status changes and the updates behind them, in the dashboard's order (the shared rule). */
export function timelineChanges(catalog: Catalog): CommitmentChanges[] {
  return catalog.commitments.map((row) => ({ slug: row.slug, changes: statusChangesBy(row.updates) }));
}

/** The timeline's body: each change as [day, status], and beside it the update that made it, summaries cut. */
export function buildTimeline(
  commitments: readonly CommitmentChanges[],
  summaries: ReadonlyMap<number, UpdateSummary>,
): Timeline {
  return {
    commitments: commitments.map(({ slug, changes }) => ({
      slug,
      changes: changes.map(({ change }) => change),
      updates: changes.map(({ update: { id } }) => {
        // Missing only if the update left the database after the catalog was read: no text to show.
        const found = summaries.get(id);
        return {
          id,
          summary: shortenText(found?.summary ?? '', SUMMARY_COLUMNS),
          summaryKo: found?.summaryKo ? shortenText(found.summaryKo, SUMMARY_COLUMNS) : null,
        };
      }),
    })),
  };
}
