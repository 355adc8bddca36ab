import type { Catalog } from '../catalog/catalog.ts';
import type { CatalogStore } from '../catalog/catalog-store.ts';
import { bodyEtag } from '../open-data/conditional-get.ts';
import { buildTimeline } from './build-timeline.ts';

export interface TimelineBody {
  body: string;
  etag: string;
}

/**
 * The timeline's JSON, built once per catalog (a data change makes a new catalog object, so the WeakMap
 * forgets the old body); no date in the body, so the same data gives the same ETag on every instance.
 * Shared by GET /timeline and the server-rendered dashboard.
 */
export function timelineBodies(catalog: CatalogStore): () => Promise<TimelineBody> {
  const built = new WeakMap<Catalog, TimelineBody>();
  return async () => {
    const current = await catalog.get();
    let entry = built.get(current);
    if (!entry) {
      const body = JSON.stringify(buildTimeline(current));
      entry = { body, etag: bodyEtag(body) };
      built.set(current, entry);
    }
    return entry;
  };
}
