import { Router, type Request, type Response } from 'express';
import type { PageLocale } from '../../../shared/contracts/page-render.ts';
import { todayIso } from '../../../shared/domain/dates.ts';
import { HttpError } from '../../http/errors.ts';
import type { Logger } from '../../logger.ts';
import type { CatalogStore } from '../catalog/catalog-store.ts';
import type { DataChanges } from '../catalog/data-changes.ts';
import { bodyEtag, sendCacheable } from '../open-data/conditional-get.ts';
import { cardContent, type CardKind } from './card-content.ts';
import { cardSvg } from './card-svg.ts';
import { createPngRenderer, type SvgToPng } from './png-renderer.ts';

/** Kept cards at most (a few hundred commitments x two languages fits; the rest are made again on demand). */
const MAX_KEPT = 400;
/** Link previews fetch the image once and keep it; a day-old card after a change is acceptable there. */
const CARD_CACHE_CONTROL = 'public, max-age=3600';

interface KeptCard {
  body: Buffer;
  etag: string;
}

/** The address of a page's status card (og:image), relative to the site. */
export function cardPath(kind: CardKind, slug: string, locale: PageLocale): string {
  const name = kind === 'dashboard' ? 'dashboard' : `${kind}/${encodeURIComponent(slug)}`;
  return `/og/${name}.png?lang=${locale}`;
}

/**
 * PNG status cards (1200x630) for link previews: the dashboard, each agreement and each commitment, in
 * either language. Kept as bytes per (card, language), least recently used dropped beyond MAX_KEPT, all
 * dropped on a data change like the pages. Decision 066.
 */
export function shareCardRoutes(catalog: CatalogStore, changes: DataChanges, logger: Logger) {
  const kept = new Map<string, KeptCard>();
  const drawing = new Map<string, Promise<KeptCard>>();
  let generation = 0;
  changes.on('change', () => {
    kept.clear();
    drawing.clear();
    generation++;
  });
  let renderer: Promise<SvgToPng | undefined> | undefined;
  const png = () => (renderer ??= createPngRenderer(logger));

  const draw = async (kind: CardKind, slug: string, locale: PageLocale, key: string): Promise<KeptCard> => {
    const started = generation;
    const render = await png();
    if (!render) throw new HttpError(404, 'not_found', 'Share cards are not available on this server.');
    const content = cardContent(await catalog.get(), kind, slug, locale, todayIso());
    if (!content) throw new HttpError(404, 'not_found', `There is no ${kind.slice(0, -1)} "${slug}".`);
    const body = await render(cardSvg(content));
    const made = { body, etag: bodyEtag(body) };
    if (started === generation) {
      kept.set(key, made);
      if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
    }
    return made;
  };

  /** The kept card, or one drawn now: one drawing per card at a time, however many crawlers ask. */
  const card = (kind: CardKind, slug: string, locale: PageLocale): Promise<KeptCard> => {
    const key = `${kind} ${locale} ${slug}`;
    const found = kept.get(key);
    if (found) {
      kept.delete(key); // re-inserted: most recently used last
      kept.set(key, found);
      return Promise.resolve(found);
    }
    let pending = drawing.get(key);
    if (!pending) {
      pending = draw(kind, slug, locale, key).finally(() => drawing.delete(key));
      drawing.set(key, pending);
    }
    return pending;
  };

  const router = Router();
  const send = (kind: CardKind) => async (req: Request, res: Response) => {
    const locale: PageLocale = req.query.lang === 'ko' ? 'ko' : 'en';
    const slug = typeof req.params.slug === 'string' ? req.params.slug : '';
    const { body, etag } = await card(kind, slug, locale);
    sendCacheable(req, res, { body, etag, contentType: 'image/png', cacheControl: CARD_CACHE_CONTROL });
  };
  router.get('/og/dashboard.png', send('dashboard'));
  router.get('/og/agreements/:slug.png', send('agreements'));
  router.get('/og/commitments/:slug.png', send('commitments'));
  return { router, available: async () => (await png()) !== undefined };
}
