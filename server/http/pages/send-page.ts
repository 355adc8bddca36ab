import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { etagMatches } from '../../features/open-data/conditional-get.ts';
import type { KeptPage } from './page-cache.ts';
import type { ResolvedPage, ServerPages } from './server-pages.ts';

type Resolved = Exclude<ResolvedPage, { redirect: string }>;

/** Sends a kept page, or 304 when the browser has it: the same answer from the hot path and from Express. */
export function sendPage(
  pages: ServerPages,
  req: IncomingMessage,
  res: ServerResponse,
  page: KeptPage,
  resolved: Resolved,
  fixed: OutgoingHttpHeaders = {},
): void {
  const own = pages.headersFor(page, resolved.locale);
  const headers = resolved.setCookie ? { ...own, 'set-cookie': resolved.setCookie } : own;
  if (etagMatches(req.headers['if-none-match'], page.etag)) {
    res.writeHead(304, { ...fixed, ...headers }).end();
    return;
  }
  res.writeHead(page.status, { ...fixed, ...headers, 'content-length': page.body.length }).end(page.body);
}
