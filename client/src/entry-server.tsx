import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { StaticRouter } from 'react-router';
import type {
  ApiRead,
  PageRendererModule,
  PageRequest,
  RenderedPage,
} from '../../shared/contracts/page-render.ts';
import { AppTree } from './app/app.tsx';
import { pageQueries } from './app/page-queries.ts';
import { AppRoutes } from './app/router.tsx';
import { setRenderSignedIn } from './features/auth/api/get-session.ts';
import { isNotFound, setTransport } from './lib/api-client.ts';
import { collectDrawnParts, preloadParts } from './lib/lazy-page.tsx';
import { switchLocale } from './lib/locale.ts';
import { setLocale } from './lib/locale-store.ts';
import { serializePageData } from './lib/page-data.ts';
import { setRenderOrigin } from './lib/site-origin.ts';
import { collectDocumentMeta } from './lib/use-document-meta.ts';

/** One QueryClient per render: nothing one reader's page loaded leaks into another's. */
function renderClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
}

function drawnQueries(client: QueryClient) {
  const queries: [QueryKey, unknown][] = [];
  const missing: QueryKey[] = [];
  for (const query of client.getQueryCache().getAll()) {
    if (query.state.status === 'success') queries.push([query.queryKey, query.state.data]);
    else if (isNotFound(query.state.error)) missing.push(query.queryKey);
    // Anything else (the database is down): no page from half the data; the server sends the plain shell.
    else throw query.state.error ?? new Error(`query ${JSON.stringify(query.queryKey)} did not load`);
  }
  return { queries, missing };
}

/**
 * The server's renderer: the same route tree the browser hydrates, drawn with renderToString after the
 * page's queries are loaded (in-process, through `read`) and every public lazy part is preloaded, so the
 * HTML is whole and the render is synchronous (the language and origin are set just before it).
 */
export const createPageRenderer: PageRendererModule['createPageRenderer'] = async (read: ApiRead) => {
  setTransport(async (url) => {
    const { status, body } = await read(url);
    return new Response(body as string | Uint8Array<ArrayBuffer>, {
      status,
      headers: { 'content-type': 'application/json' },
    });
  });
  await switchLocale('ko'); // the Korean strings, loaded once
  setLocale('en');
  await preloadParts();

  return async ({ url, locale, origin, signedIn = false }: PageRequest): Promise<RenderedPage> => {
    const address = new URL(url, 'http://page.invalid');
    const prefetch = pageQueries(address);
    const client = renderClient();
    if (prefetch) await Promise.all(prefetch(client));
    const { queries, missing } = drawnQueries(client);

    setLocale(locale);
    setRenderOrigin(origin);
    setRenderSignedIn(signedIn);
    let html = '';
    let meta: RenderedPage['meta'];
    const parts = collectDrawnParts(() => {
      meta = collectDocumentMeta(() => {
        html = renderToString(
          <StrictMode>
            <AppTree client={client}>
              <StaticRouter location={url}>
                <AppRoutes />
              </StaticRouter>
            </AppTree>
          </StrictMode>,
        );
      });
    });
    client.clear();
    return {
      status: !prefetch || missing.length > 0 ? 404 : 200,
      html,
      data: serializePageData({ locale, queries, missing, parts, origin }),
      parts,
      meta,
    };
  };
};
