import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { UpdatesPage } from '../../../../../shared/contracts/public.ts';
import { apiGet } from '../../../lib/api-client.ts';

export const UPDATES_PAGE_SIZE = 20;

/** GET /api/v1/updates: recent updates across all commitments, newest first; `before` pages on. */
export function getUpdates(before: string | undefined, signal?: AbortSignal): Promise<UpdatesPage> {
  return apiGet<UpdatesPage>('/updates', { query: { limit: UPDATES_PAGE_SIZE, before }, signal });
}

export function recentUpdatesQueryOptions() {
  return infiniteQueryOptions({
    queryKey: ['updates', 'recent'] as const,
    meta: { catalog: true },
    queryFn: ({ pageParam, signal }) => getUpdates(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextBefore ?? undefined,
  });
}

export function useRecentUpdates() {
  return useInfiniteQuery(recentUpdatesQueryOptions());
}
