import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Compare } from '../../../../../shared/contracts/public.ts';
import { apiGet } from '../../../lib/api-client.ts';

/** The CSV of the same series, for the download link. */
export const COMPARE_CSV_URL = '/api/v1/compare.csv';

/** GET /api/v1/compare: each agreement's share implemented or partially implemented over time. */
export function getCompare(signal?: AbortSignal): Promise<Compare> {
  return apiGet<Compare>('/compare', { signal });
}

export function compareQueryOptions() {
  return queryOptions({
    queryKey: ['compare'] as const,
    meta: { catalog: true },
    queryFn: ({ signal }) => getCompare(signal),
  });
}

export function useCompare() {
  return useQuery(compareQueryOptions());
}
