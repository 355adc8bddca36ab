import { MutationCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client.ts';

declare module '@tanstack/react-query' {
  interface Register {
    /** `catalog`: the query shows agreements, commitments or their status, which any write may change. */
    queryMeta: { catalog?: boolean };
    /** `changesCatalog`: on success, every catalog query is marked stale (active ones refetch). */
    mutationMeta: { changesCatalog?: boolean };
  }
}

const MAX_RETRIES = 2;

/** Retry only what may succeed on a second try: network failures and server errors, not 4xx answers. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (isApiError(error)) return error.status === 0 || error.status >= 500;
  return true;
}

/** The one QueryClient of the app. Public data changes rarely: keep it fresh for a minute. */
export const queryClient: QueryClient = new QueryClient({
  // Features do not know each other's query keys: a write says that it changed the catalog, and every
  // query that shows catalog data (the dashboard, agreement lists) is refreshed.
  mutationCache: new MutationCache({
    onSuccess: (_data, _variables, _context, mutation) => {
      if (!mutation.meta?.changesCatalog) return;
      void queryClient.invalidateQueries({ predicate: (query) => query.meta?.catalog === true });
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      gcTime: 10 * 60_000,
      retry: shouldRetry,
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});
