import type { Db } from '../../db/client.ts';
import type { Catalog } from '../catalog/catalog.ts';
import type { CatalogStore } from '../catalog/catalog-store.ts';
import { bodyEtag } from '../open-data/conditional-get.ts';
import { buildTimeline, timelineChanges } from './build-timeline.ts';
import { loadUpdateSummaries } from './service.ts';

export interface TimelineBody {
  body: string;
  etag: string;
}

async function buildBody(catalog: Catalog, db: Db): Promise<TimelineBody> {
  const changes = timelineChanges(catalog);
  const ids = changes.flatMap((c) => c.changes.map(({ update }) => update.id));
  const body = JSON.stringify(buildTimeline(changes, await loadUpdateSummaries(db, ids)));
  return { body, etag: bodyEtag(body) };
}

/**
 * The timeline's JSON, built once per catalog (a data change makes a new catalog object, so the WeakMap
 * forgets the old body); no date in the body, so the same data gives the same ETag on every instance.
 * Requests that arrive while it is built share the one build; a failed build is tried again by the next.
 * Shared by GET /timeline and the server-rendered dashboard.
 */
export function timelineBodies(catalog: CatalogStore, db: Db): () => Promise<TimelineBody> {
  const built = new WeakMap<Catalog, Promise<TimelineBody>>();
  return async () => {
    const current = await catalog.get();
    let entry = built.get(current);
    if (!entry) {
      entry = buildBody(current, db);
      built.set(current, entry);
      void entry.catch(() => built.delete(current));
    }
    return entry;
  };
}
