import { Router } from 'express';
import { notFound } from '../../http/errors.ts';
import { routeParam } from '../../http/validate.ts';
import { originOf, sendCacheable } from '../open-data/conditional-get.ts';
import type { OpenDataStore } from '../open-data/dataset-store.ts';
import { OPEN_DATA_CACHE } from '../open-data/export-routes.ts';
import { byNewestChange, renderAtom } from './atom.ts';
import type { FeedEntry, UpdateEntry } from './atom.ts';
import type { Dataset } from '../open-data/dataset.ts';

/** How many of the latest changes the site-wide feed carries. */
export const SITE_FEED_ENTRIES = 50;
const ATOM = 'application/atom+xml; charset=utf-8';
const EPOCH = '1970-01-01T00:00:00.000Z';

/** One entry per update outside a development, and one per development (listing every update it wrote). */
function siteEntries(dataset: Dataset): FeedEntry[] {
  const commitments = new Map(dataset.commitments.map((row) => [row.slug, row]));
  const developments = new Map(dataset.developments.map((row) => [row.id, row]));
  const effects = new Map<number, UpdateEntry[]>();
  const entries: FeedEntry[] = [];
  for (const update of dataset.updates) {
    const item = { update, commitment: commitments.get(update.commitment)! };
    if (update.development === null || !developments.has(update.development)) entries.push(item);
    else effects.set(update.development, [...(effects.get(update.development) ?? []), item]);
  }
  for (const [id, items] of effects) {
    const latest = [...items].sort(byNewestChange)[0]!;
    entries.push({ ...latest, development: { record: developments.get(id)!, effects: items } });
  }
  return entries;
}

/** GET /feed.atom (latest updates everywhere) and /commitments/:slug/feed.atom (one commitment's history). */
export function feedRoutes(store: OpenDataStore, publicOrigin?: string): Router {
  const router = Router();

  router.get('/feed.atom', async (req, res) => {
    const data = await store.get();
    const { dataset } = data;
    const origin = originOf(req, publicOrigin);
    const kept = data.responses.get(`feed ${origin}`, () =>
      renderAtom({
        origin,
        selfPath: '/feed.atom',
        pagePath: '/',
        title: 'Accord Tracker — latest updates',
        subtitle: 'New and retracted status updates on every commitment Accord Tracker follows.',
        entries: siteEntries(dataset).sort(byNewestChange).slice(0, SITE_FEED_ENTRIES),
        parties: new Map(dataset.parties.map((party) => [party.code, party])),
        emptyUpdated: EPOCH,
      }),
    );
    sendCacheable(req, res, {
      ...kept,
      contentType: ATOM,
      cacheControl: OPEN_DATA_CACHE,
      headers: { 'Access-Control-Allow-Origin': '*' },
    });
  });

  router.get('/commitments/:slug/feed.atom', async (req, res) => {
    const slug = routeParam(req, 'slug');
    const data = await store.get();
    const { dataset } = data;
    const commitment = data.commitment(slug);
    if (!commitment) throw notFound(`Commitment "${slug}"`);
    const origin = originOf(req, publicOrigin);
    const kept = data.responses.get(`feed ${origin} ${slug}`, () => {
      const agreement = dataset.agreements.find((row) => row.slug === commitment.agreement);
      const entries = dataset.updates
        .filter((update) => update.commitment === slug)
        .map((update): FeedEntry => ({ update, commitment }))
        .sort(byNewestChange);
      return renderAtom({
        origin,
        selfPath: `/commitments/${slug}/feed.atom`,
        pagePath: `/commitments/${slug}`,
        title: `${commitment.title} — Accord Tracker`,
        subtitle: `Every status update on ${commitment.articleRef} of ${agreement?.title ?? commitment.agreement}.`,
        entries,
        parties: new Map(dataset.parties.map((party) => [party.code, party])),
        emptyUpdated: agreement ? `${agreement.signedOn}T00:00:00.000Z` : EPOCH,
      });
    });
    sendCacheable(req, res, {
      ...kept,
      contentType: ATOM,
      cacheControl: OPEN_DATA_CACHE,
      headers: { 'Access-Control-Allow-Origin': '*' },
    });
  });

  return router;
}
