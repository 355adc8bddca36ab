import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CommitmentDetail } from '../../../../../shared/contracts/public.ts';
import { apiGet } from '../../../lib/api-client.ts';

/** GET /api/v1/commitments/:slug: one commitment with its agreement and full history, newest first. */
export function getCommitment(slug: string, signal?: AbortSignal): Promise<CommitmentDetail> {
  return apiGet<CommitmentDetail>(`/commitments/${encodeURIComponent(slug)}`, { signal });
}

export function commitmentQueryOptions(slug: string) {
  return queryOptions({
    queryKey: ['commitments', slug] as const,
    meta: { catalog: true },
    queryFn: ({ signal }) => getCommitment(slug, signal),
    // A 404 the server rendered stays a 404 when the browser hydrates it (no refetch on mount).
    retryOnMount: false,
  });
}

export function useCommitment(slug: string) {
  return useQuery(commitmentQueryOptions(slug));
}
