import type { Catalog } from '../catalog/catalog.ts';
import type { CatalogStore } from '../catalog/catalog-store.ts';
import { bodyEtag } from '../open-data/conditional-get.ts';
import { buildCompare, compareCsv } from './build-compare.ts';

export interface CompareBodies {
  json: string;
  csv: string;
  jsonEtag: string;
  csvEtag: string;
}

/**
 * The agreements side by side as JSON and CSV, built once per catalog (a data change makes a new catalog,
 * so the WeakMap forgets the old bodies); no date in the body, so the same data gives the same ETag on every
 * instance. Shared by GET /compare(.csv) and the server-rendered /compare page.
 */
export function compareBodies(catalog: CatalogStore): () => Promise<CompareBodies> {
  const built = new WeakMap<Catalog, CompareBodies>();
  return async () => {
    const data = await catalog.get();
    let entry = built.get(data);
    if (!entry) {
      const compare = buildCompare(data);
      const json = JSON.stringify(compare);
      const csv = compareCsv(compare);
      entry = { json, csv, jsonEtag: bodyEtag(json), csvEtag: bodyEtag(csv) };
      built.set(data, entry);
    }
    return entry;
  };
}
