/**
 * The contract between the server and the client's server entry (client/src/entry-server.tsx): the server
 * asks for a page by its address and language, and answers the page's reads of the API in-process.
 */

export type PageLocale = 'en' | 'ko';

export interface PageRequest {
  /** Path and normalised query string, e.g. "/?asOf=2019-01-01&status=stalled". */
  url: string;
  locale: PageLocale;
  /** The site's origin, for the absolute links a page shows (the citation example on /about). */
  origin: string;
  /** The request carries the signed-in hint cookie: the header keeps the session menu's room (decision 073). */
  signedIn?: boolean;
}

export interface RenderedPage {
  /** 404 when the address, or the commitment or agreement it names, does not exist. */
  status: 200 | 404;
  /** The markup that goes inside <div id="root">. */
  html: string;
  /** The page's data for the browser, as JSON that is safe inside a <script type="application/json">. */
  data: string;
  /** The lazy parts the page drew, by module path under client/ (the server links their CSS). */
  parts: string[];
  /** The title and description the page set, in its language (for <title>, the description and share tags). */
  meta?: { title: string; description: string };
}

/** An API read answered in-process: `url` is an /api/v1 address; `body` is the JSON the API would send. */
export type ApiRead = (url: string) => Promise<{ status: number; body: string | Uint8Array }>;

export type RenderPage = (request: PageRequest) => Promise<RenderedPage>;

/** What client/src/entry-server.tsx exports (and dist/ssr/entry-server.js, built from it). */
export interface PageRendererModule {
  createPageRenderer(read: ApiRead): Promise<RenderPage>;
}
