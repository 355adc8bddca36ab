import type { Db } from '../../db/client.ts';
import { loadCatalog } from './catalog.ts';
import type { Catalog } from './catalog.ts';
import type { DataChanges } from './data-changes.ts';

/** Holds the current catalog; a data change drops it and the next reader loads it once. */
export class CatalogStore {
  private current: Promise<Catalog> | undefined;

  constructor(
    private readonly db: Db,
    changes: DataChanges,
  ) {
    changes.on('change', () => {
      this.current = undefined;
    });
  }

  get(): Promise<Catalog> {
    if (!this.current) {
      const loading = loadCatalog(this.db);
      this.current = loading;
      // A failed load must not stick: the next reader tries again.
      loading.catch(() => {
        if (this.current === loading) this.current = undefined;
      });
    }
    return this.current;
  }
}
