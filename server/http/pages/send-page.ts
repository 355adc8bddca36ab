import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { chooseEncoding } from '../compression/encoding.ts';
import { isFresh } from '../compression/kept-variants.ts';
import type { KeptPage } from './page-cache.ts';
import type { ResolvedPage, ServerPages } from './server-pages.ts';

type Resolved = Exclude<ResolvedPage, { redirect: string }>;
const NONE: OutgoingHttpHeaders = {};

/** Sends a kept page, or 304 when the browser has it: the same answer from the hot path and from Express. */
export function sendPage(
  pages: ServerPages,
  req: IncomingMessage,
  res: ServerResponse,
  page: KeptPage,
  resolved: Resolved,
  fixed: OutgoingHttpHeaders = NONE,
): void {
  const encoding = chooseEncoding(req.headers['accept-encoding']);
  const { ok, notModified, variant } = pages.headersFor(page, resolved.locale, fixed, encoding);
  const fresh = isFresh(req.headers['if-none-match'], variant, page.etag);
  const headers = fresh ? notModified : ok;
  res.writeHead(
    fresh ? 304 : page.status,
    resolved.setCookie ? { ...headers, 'set-cookie': resolved.setCookie } : headers,
  );
  res.end(fresh ? undefined : variant.body);
}
