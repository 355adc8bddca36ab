import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { ApiError } from './lib/api-client.ts';
import { preloadParts } from './lib/lazy-page.tsx';
import { initialLocale, switchLocale } from './lib/locale.ts';
import { readPageData, type PageData } from './lib/page-data.ts';
import { queryClient } from './lib/query-client.ts';
import { setRenderOrigin } from './lib/site-origin.ts';
import './app/styles/base.css';

/**
 * Marks <html class="js"> once React has taken the page over (hydrated, or drawn): tests wait for it before
 * they interact, and base.css hides the plain forms' submit buttons by it where the `scripting` media
 * feature is unknown. Hydration runs in slices (decision 075), so the mark comes after it, not before.
 */
function HydratedMark() {
  useEffect(() => document.documentElement.classList.add('js'), []);
  return null;
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/** The server's data, in the cache before the first render: hydration draws what the server drew, and fetches nothing. */
async function seedCache(page: PageData): Promise<void> {
  for (const [key, data] of page.queries) queryClient.setQueryData(key, data);
  const missing = page.missing.map((queryKey) =>
    queryClient.prefetchQuery({
      queryKey,
      queryFn: () => Promise.reject(new ApiError(404, 'not_found', 'Not found')),
      retry: false,
    }),
  );
  await Promise.all([...missing, preloadParts(page.parts)]);
}

const page = readPageData();
if (page) {
  // Server-rendered: the language and origin the server chose, its data and lazy parts, then hydration.
  // As a transition, hydration yields to the browser every few milliseconds instead of holding the main
  // thread for the whole page (the dashboard draws thousands of elements): input and paint are not blocked.
  setRenderOrigin(page.origin);
  void Promise.all([switchLocale(page.locale), seedCache(page)]).finally(() => {
    startTransition(() => {
      hydrateRoot(
        root,
        <StrictMode>
          <App />
          <HydratedMark />
        </StrictMode>,
      );
    });
  });
} else {
  // The sign-in, workspace and admin pages are drawn in the browser alone. A reader who asked for Korean
  // gets the first paint in Korean, not an English flash (English needs no wait).
  void switchLocale(initialLocale(window.location.search)).finally(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
        <HydratedMark />
      </StrictMode>,
    );
  });
}
