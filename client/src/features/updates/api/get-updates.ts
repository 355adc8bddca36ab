import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { UpdatesPage } from '../../../../../shared/contracts/public.ts';
import { apiGet } from '../../../lib/api-client.ts';

export const UPDATES_PAGE_SIZE = 20;

/** GET /api/v1/updates: recent updates across all commitments, newest first; `before` pages on. */
export function getUpdates(before: string | undefined, signal?: AbortSignal): Promise<UpdatesPage> {
  return apiGet<UpdatesPage>('/updates', { query: { limit: UPDATES_PAGE_SIZE, before }, signal });
}

/** The updates from the newest on, or from the cursor `start` (an "Older updates" link followed without JavaScript). */
export function recentUpdatesQueryOptions(start?: string) {
  return infiniteQueryOptions({
    queryKey: ['updates', 'recent', { before: start ?? null }] as const,
    meta: { catalog: true },
    queryFn: ({ pageParam, signal }) => getUpdates(pageParam ?? undefined, signal),
    initialPageParam: start as string | undefined | null,
    getNextPageParam: (page) => page.nextBefore ?? undefined,
  });
}

export function useRecentUpdates(start?: string) {
  return useInfiniteQuery(recentUpdatesQueryOptions(start));
}
