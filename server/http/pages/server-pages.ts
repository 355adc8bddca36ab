import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import type { PageLocale, RenderPage } from '../../../shared/contracts/page-render.ts';
import { SIGNED_IN_HINT } from '../../features/auth/session-cookie.ts';
import type { DataChanges } from '../../features/catalog/data-changes.ts';
import { bodyEtag } from '../../features/open-data/conditional-get.ts';
import { localeCookie, pageLocale, rememberedLocale } from './language.ts';
import { pageAddress } from './page-address.ts';
import type { Encoding } from '../compression/encoding.ts';
import { keptVariant, type Variant } from '../compression/kept-variants.ts';
import { PageCache, type KeptPage, type PageCacheLimits } from './page-cache.ts';

/** Pages are revalidated on every visit (a write must show at once); a 304 costs only the ETag check. */
export const PAGE_CACHE_CONTROL = 'no-cache';
const DEFAULT_LIMITS: PageCacheLimits = { maxEntries: 500, maxBytes: 32 * 1024 * 1024 };
const SIGNED_IN = new RegExp(`(?:^|;\\s*)${SIGNED_IN_HINT}=1(?:;|$)`);

interface PreparedHeaders {
  fixed: OutgoingHttpHeaders;
  ok: OutgoingHttpHeaders;
  notModified: OutgoingHttpHeaders;
  /** The body to send for this encoding (compressed once per page: decision 065). */
  variant: Variant;
}

/** A GET of a page, resolved: the address it is kept under, or where to redirect to first. */
export type ResolvedPage =
  | { redirect: string }
  | {
      key: string;
      /** The normalised path and query the page is rendered for. */
      url: string;
      path: string;
      locale: PageLocale;
      /** Set-Cookie remembering a ?lang= choice the cookie does not hold yet. */
      setCookie: string | undefined;
      /** The signed-in hint cookie is there: the page keeps the session menu's room (a page of its own). */
      signedIn: boolean;
    };

export interface PageSources {
  /** Renders a page's markup and data (client/src/entry-server.tsx). */
  render: RenderPage;
  /** Makes the whole document from a rendered page, with its title and description. */
  document: (
    page: Awaited<ReturnType<RenderPage>>,
    path: string,
    locale: PageLocale,
    origin: string,
  ) => Promise<string>;
  changes: DataChanges;
  today: () => string;
  limits?: PageCacheLimits;
}

/**
 * Server-rendered public pages, kept as bytes per (path, normalised query, language, host, day) and
 * dropped on every data change, like the dashboard's JSON snapshots; each with a strong ETag.
 */
export class ServerPages {
  readonly cache: PageCache;
  private readonly building = new Map<string, Promise<KeptPage>>();
  private readonly headers = new WeakMap<KeptPage, Partial<Record<Encoding | 'identity', PreparedHeaders>>>();

  constructor(private readonly sources: PageSources) {
    this.cache = new PageCache(sources.limits ?? DEFAULT_LIMITS);
    sources.changes.on('change', () => {
      this.cache.clear();
      this.building.clear();
    });
  }

  resolve(url: string, headers: IncomingHttpHeaders): ResolvedPage {
    const mark = url.indexOf('?');
    const path = mark === -1 ? url : url.slice(0, mark);
    const search = mark === -1 ? '' : url.slice(mark + 1);
    const today = this.sources.today();
    const address = pageAddress(path, search, today);
    if (address.changed) return { redirect: address.url };
    const cookie = headers.cookie;
    const locale = pageLocale(address.lang, cookie, headers['accept-language']);
    const setCookie = address.lang && rememberedLocale(cookie) !== locale ? localeCookie(locale) : undefined;
    // The host and scheme make the origin a page may show (the citation example on /about).
    const origin = `${String(headers['x-forwarded-proto'] ?? '')}//${headers.host ?? ''}`;
    const signedIn = SIGNED_IN.test(cookie ?? '');
    const key = `${today} ${locale}${signedIn ? ' signed-in' : ''} ${origin} ${address.url}`;
    return { key, url: address.url, path, locale, setCookie, signedIn };
  }

  /** The kept page for a key, if there is one now; never renders. */
  peek(key: string): KeptPage | undefined {
    return this.cache.get(key);
  }

  /** The page, from the cache or rendered now (one render per key at a time). */
  page(resolved: Exclude<ResolvedPage, { redirect: string }>, origin: string): Promise<KeptPage> {
    const kept = this.cache.get(resolved.key);
    if (kept) return Promise.resolve(kept);
    const pending = this.building.get(resolved.key);
    if (pending) return pending;
    const generation = this.cache.generation;
    const building = this.renderPage(resolved, origin).then((page) => {
      this.cache.set(resolved.key, page, generation);
      return page;
    });
    this.building.set(resolved.key, building);
    void building
      .finally(() => this.building.get(resolved.key) === building && this.building.delete(resolved.key))
      .catch(() => {});
    return building;
  }

  /** A kept page's headers and body for an encoding, with `fixed` ones (security headers) first: made once per page, not per request. */
  headersFor(
    page: KeptPage,
    locale: PageLocale,
    fixed: OutgoingHttpHeaders,
    encoding: Encoding | undefined,
  ): PreparedHeaders {
    let byEncoding = this.headers.get(page);
    if (!byEncoding) this.headers.set(page, (byEncoding = {}));
    let prepared = byEncoding[encoding ?? 'identity'];
    if (!prepared || prepared.fixed !== fixed) {
      const variant = keptVariant(page.body, page.etag, encoding);
      const notModified = {
        ...fixed,
        'content-type': 'text/html; charset=utf-8',
        'content-language': locale,
        'cache-control': PAGE_CACHE_CONTROL,
        // The language comes from the cookie or Accept-Language when the address does not say.
        vary: 'Accept-Language, Cookie, Accept-Encoding',
        etag: variant.etag,
      };
      const ok = {
        ...notModified,
        'content-length': variant.body.length,
        ...(variant.encoding ? { 'content-encoding': variant.encoding } : {}),
      };
      prepared = { fixed, notModified, ok, variant };
      byEncoding[encoding ?? 'identity'] = prepared;
    }
    return prepared;
  }

  private async renderPage(
    { url, path, locale, signedIn }: Exclude<ResolvedPage, { redirect: string }>,
    origin: string,
  ): Promise<KeptPage> {
    const rendered = await this.sources.render({ url, locale, origin, signedIn });
    const body = Buffer.from(await this.sources.document(rendered, path, locale, origin));
    return { status: rendered.status, body, etag: bodyEtag(body) };
  }
}
