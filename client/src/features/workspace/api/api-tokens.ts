import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  apiTokenCreatedSchema,
  type ApiToken,
  type ApiTokenCreate,
  type ApiTokenList,
} from '../../../../../shared/contracts/api-tokens.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { apiSend, noContent } from '../../../lib/api-send.ts';

/** GET /api/v1/tokens: the signed-in account's own tokens, newest first (never the secrets). */
export function apiTokensQueryOptions() {
  return queryOptions({
    queryKey: ['workspace', 'api-tokens'] as const,
    queryFn: async ({ signal }): Promise<ApiToken[]> =>
      (await apiGet<ApiTokenList>('/tokens', { signal })).tokens,
    staleTime: 0,
  });
}

export const useApiTokens = () => useQuery(apiTokensQueryOptions());

/** POST /api/v1/tokens: the answer holds the token itself, the only time it is shown. */
export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApiTokenCreate) =>
      apiSend('/tokens', { method: 'POST', body: input, schema: apiTokenCreatedSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensQueryOptions().queryKey }),
  });
}

/** DELETE /api/v1/tokens/:id: revoked at once. */
export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiSend(`/tokens/${id}`, { method: 'DELETE', schema: noContent }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensQueryOptions().queryKey }),
  });
}
