import { useQueries, useQuery } from '@tanstack/react-query';
import type { CommitmentDetail, CommitmentSummary } from '../../../../../shared/contracts/public.ts';
import { apiGet } from '../../../lib/api-client.ts';

/** GET /api/v1/commitments: every commitment with its status, deadline and reviewedThrough, in order. */
export function useCommitmentSummaries() {
  return useQuery({
    queryKey: ['commitments', 'list'] as const,
    meta: { catalog: true },
    queryFn: ({ signal }) =>
      apiGet<{ commitments: CommitmentSummary[] }>('/commitments', { signal }).then(
        (body) => body.commitments,
      ),
  });
}

/**
 * Each commitment's full history and reviews, for the record lint and the missing-Korean counts. Shares
 * the commitment pages' cache entries, so an analyst going back and forth does not fetch twice.
 */
export function useCommitmentDetails(slugs: readonly string[]) {
  return useQueries({
    queries: slugs.map((slug) => ({
      queryKey: ['commitments', slug] as const,
      meta: { catalog: true },
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiGet<CommitmentDetail>(`/commitments/${encodeURIComponent(slug)}`, { signal }),
    })),
    combine: (results) => ({
      details: results.flatMap((result) => (result.data ? [result.data] : [])),
      pending: results.some((result) => result.isPending),
      failed: results.some((result) => result.isError),
    }),
  });
}
