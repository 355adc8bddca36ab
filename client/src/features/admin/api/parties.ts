import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PartyList } from '../../../../../shared/contracts/public.ts';
import { apiGet } from '../../../lib/api-client.ts';

/** GET /api/v1/parties: the registry that agreements and commitments choose their parties from. */
export const partiesQueryOptions = queryOptions({
  queryKey: ['parties'] as const,
  queryFn: ({ signal }) => apiGet<PartyList>('/parties', { signal }).then((body) => body.parties),
  staleTime: 60 * 60 * 1000,
});

export const useParties = () => useQuery(partiesQueryOptions);
