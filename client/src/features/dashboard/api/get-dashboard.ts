import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Dashboard } from '../../../../../shared/contracts/public.ts';
import type { IsoDate } from '../../../../../shared/domain/dates.ts';
import { apiGet } from '../../../lib/api-client.ts';

/** GET /api/v1/dashboard: every agreement and commitment with its status as of a date (default today). */
export function getDashboard(asOf: IsoDate | undefined, signal?: AbortSignal): Promise<Dashboard> {
  return apiGet<Dashboard>('/dashboard', { query: { asOf }, signal });
}

export function dashboardQueryOptions(asOf?: IsoDate) {
  return queryOptions({
    queryKey: ['dashboard', { asOf: asOf ?? null }] as const,
    meta: { catalog: true },
    queryFn: ({ signal }) => getDashboard(asOf, signal),
  });
}

/** The dashboard; while another date loads, the previous one stays on screen. */
export function useDashboard(asOf?: IsoDate) {
  return useQuery({ ...dashboardQueryOptions(asOf), placeholderData: keepPreviousData });
}
