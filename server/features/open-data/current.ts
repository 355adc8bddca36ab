import { decidingUpdate } from '../../../shared/domain/current-status.ts';
import type { Dataset, DatasetUpdate } from './dataset.ts';

/** The update that sets a commitment's status now (the shared rule), or undefined: Not started. */
export function currentUpdate(dataset: Dataset, slug: string): DatasetUpdate | undefined {
  return decidingUpdate(
    dataset.updates
      .filter((update) => update.commitment === slug)
      .map((update) => ({ ...update, retractedAt: update.retraction?.at ?? null })),
  );
}
