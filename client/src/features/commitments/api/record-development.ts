import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  developmentSchema,
  type CommitmentSummary,
  type PartyList,
} from '../../../../../shared/contracts/public.ts';
import type { NewDevelopment } from '../../../../../shared/contracts/writes.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { apiSend } from '../../../lib/api-send.ts';

/** Every commitment with its current status and version: what a development can move. */
export const commitmentListQuery = queryOptions({
  queryKey: ['commitments', 'list-for-development'] as const,
  meta: { catalog: true },
  queryFn: ({ signal }) =>
    apiGet<{ commitments: CommitmentSummary[] }>('/commitments', { signal }).then((body) => body.commitments),
});

export const partiesQuery = queryOptions({
  queryKey: ['parties'] as const,
  queryFn: ({ signal }) => apiGet<PartyList>('/parties', { signal }).then((body) => body.parties),
  staleTime: 60 * 60 * 1000,
});

export const useCommitmentList = () => useQuery(commitmentListQuery);
export const useParties = () => useQuery(partiesQuery);

/** POST /api/v1/developments: one update per effect, all or nothing (409 when any base version is stale). */
export function useRecordDevelopment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewDevelopment) =>
      apiSend('/developments', { method: 'POST', body: input, schema: developmentSchema }),
    meta: { changesCatalog: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['commitments'] }),
  });
}
