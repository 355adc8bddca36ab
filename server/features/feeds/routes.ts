import { Router } from 'express';
import { notFound } from '../../http/errors.ts';
import { routeParam } from '../../http/validate.ts';
import { originOf, sendCacheable } from '../open-data/conditional-get.ts';
import type { OpenDataStore } from '../open-data/dataset-store.ts';
import { OPEN_DATA_CACHE } from '../open-data/export-routes.ts';
import { byNewestChange, renderAtom } from './atom.ts';
import type { FeedEntry } from './atom.ts';

/** How many of the latest changes the site-wide feed carries. */
export const SITE_FEED_ENTRIES = 50;
const ATOM = 'application/atom+xml; charset=utf-8';
const EPOCH = '1970-01-01T00:00:00.000Z';

/** GET /feed.atom (latest updates everywhere) and /commitments/:slug/feed.atom (one commitment's history). */
export function feedRoutes(store: OpenDataStore, publicOrigin?: string): Router {
  const router = Router();

  router.get('/feed.atom', async (req, res) => {
    const { dataset } = await store.get();
    const commitments = new Map(dataset.commitments.map((row) => [row.slug, row]));
    const entries = dataset.updates
      .map((update): FeedEntry => ({ update, commitment: commitments.get(update.commitment)! }))
      .sort(byNewestChange)
      .slice(0, SITE_FEED_ENTRIES);
    const body = renderAtom({
      origin: originOf(req, publicOrigin),
      selfPath: '/feed.atom',
      pagePath: '/',
      title: 'Accord Tracker — latest updates',
      subtitle: 'New and retracted status updates on every commitment Accord Tracker follows.',
      entries,
      emptyUpdated: EPOCH,
    });
    sendCacheable(req, res, {
      body,
      contentType: ATOM,
      cacheControl: OPEN_DATA_CACHE,
      headers: { 'Access-Control-Allow-Origin': '*' },
    });
  });

  router.get('/commitments/:slug/feed.atom', async (req, res) => {
    const slug = routeParam(req, 'slug');
    const { dataset } = await store.get();
    const commitment = dataset.commitments.find((row) => row.slug === slug);
    if (!commitment) throw notFound(`Commitment "${slug}"`);
    const agreement = dataset.agreements.find((row) => row.slug === commitment.agreement);
    const entries = dataset.updates
      .filter((update) => update.commitment === slug)
      .map((update): FeedEntry => ({ update, commitment }))
      .sort(byNewestChange);
    const body = renderAtom({
      origin: originOf(req, publicOrigin),
      selfPath: `/commitments/${slug}/feed.atom`,
      pagePath: `/commitments/${slug}`,
      title: `${commitment.title} — Accord Tracker`,
      subtitle: `Every status update on ${commitment.articleRef} of ${agreement?.title ?? commitment.agreement}.`,
      entries,
      emptyUpdated: agreement ? `${agreement.signedOn}T00:00:00.000Z` : EPOCH,
    });
    sendCacheable(req, res, {
      body,
      contentType: ATOM,
      cacheControl: OPEN_DATA_CACHE,
      headers: { 'Access-Control-Allow-Origin': '*' },
    });
  });

  return router;
}
