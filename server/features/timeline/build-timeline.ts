import type { Timeline } from '../../../shared/contracts/public.ts';
import { statusTimeline } from '../../../shared/domain/status-timeline.ts';
import type { Catalog } from '../catalog/catalog.ts';

/** Every commitment's status changes, in the dashboard's order, computed with the shared status rule. */
export function buildTimeline(catalog: Catalog): Timeline {
  return {
    commitments: catalog.commitments.map((row) => ({
      slug: row.slug,
      changes: statusTimeline(row.updates),
    })),
  };
}
