import { createHash } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import type { DataChanges } from '../catalog/data-changes.ts';
import { loadDataset } from './dataset.ts';
import { KeptResponses } from './kept-responses.ts';
import type { Dataset } from './dataset.ts';

/** The dataset as loaded once after a change, with what is derived from it kept alongside. */
export class OpenData {
  private readonly derived = new Map<string, unknown>();
  /** Feeds, badges and embed cards of this data version, as bytes (dropped with it on the next change). */
  readonly responses = new KeptResponses();
  /** A hash of the content: the same data gives the same tag on every server instance. */
  readonly tag: string;

  constructor(readonly dataset: Dataset) {
    this.tag = createHash('sha256').update(JSON.stringify(dataset)).digest('base64url').slice(0, 27);
  }

  /** Builds a derived value (an export file, say) on first use and keeps it until the data changes. */
  memo<T>(key: string, build: () => T): T {
    if (!this.derived.has(key)) this.derived.set(key, build());
    return this.derived.get(key) as T;
  }

  /** A commitment by slug, without scanning the list on every request. */
  commitment(slug: string): Dataset['commitments'][number] | undefined {
    return this.memo(
      'commitments-by-slug',
      () => new Map(this.dataset.commitments.map((row) => [row.slug, row])),
    ).get(slug);
  }
}

/**
 * Holds the open dataset between changes, like the CatalogStore does for the dashboard: exports, feeds,
 * badges and embeds read it from memory; a data change drops it and the next reader loads it once.
 */
export class OpenDataStore {
  private current: Promise<OpenData> | undefined;

  constructor(
    private readonly db: Db,
    changes: DataChanges,
  ) {
    changes.on('change', () => {
      this.current = undefined;
    });
  }

  get(): Promise<OpenData> {
    if (!this.current) {
      const loading = loadDataset(this.db).then((dataset) => new OpenData(dataset));
      this.current = loading;
      // A failed load must not stick: the next reader tries again.
      loading.catch(() => {
        if (this.current === loading) this.current = undefined;
      });
    }
    return this.current;
  }
}
