import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Timeline } from '../../../../../shared/contracts/public.ts';
import { apiGet } from '../../../lib/api-client.ts';

/** GET /api/v1/timeline: each commitment's status changes, oldest first. */
export function getTimeline(signal?: AbortSignal): Promise<Timeline> {
  return apiGet<Timeline>('/timeline', { signal });
}

export function timelineQueryOptions() {
  return queryOptions({
    queryKey: ['timeline'] as const,
    meta: { catalog: true },
    queryFn: ({ signal }) => getTimeline(signal),
  });
}

export function useTimeline() {
  return useQuery(timelineQueryOptions());
}
