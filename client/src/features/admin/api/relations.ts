import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { CommitmentSummary } from '../../../../../shared/contracts/public.ts';
import { agreementDetailSchema, commitmentDetailSchema } from '../../../../../shared/contracts/public.ts';
import type {
  AgreementRelationCreate,
  CommitmentRelationCreate,
} from '../../../../../shared/contracts/relations.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { apiSend, noContent } from '../../../lib/api-send.ts';
import type { CommitmentDetail } from '../../../../../shared/contracts/public.ts';

const at = (slug: string) => encodeURIComponent(slug);

/** GET /api/v1/commitments: every commitment, to pick one of another agreement. */
export function allCommitmentsQueryOptions() {
  return queryOptions({
    queryKey: ['admin', 'commitments'] as const,
    meta: { catalog: true },
    queryFn: async ({ signal }) =>
      (await apiGet<{ commitments: CommitmentSummary[] }>('/commitments', { signal })).commitments,
  });
}

/** GET /api/v1/commitments/:slug: one commitment with its related commitments. */
export function relatedOfQueryOptions(slug: string) {
  return queryOptions({
    queryKey: ['admin', 'commitment', slug] as const,
    meta: { catalog: true },
    queryFn: ({ signal }) => apiGet<CommitmentDetail>(`/commitments/${at(slug)}`, { signal }),
    enabled: slug !== '',
  });
}

export const useAllCommitments = () => useQuery(allCommitmentsQueryOptions());
export const useRelatedOf = (slug: string) => useQuery(relatedOfQueryOptions(slug));

/** Relation writes change public pages on both sides: every catalog query refreshes. */
export function useAddAgreementRelation(slug: string) {
  return useMutation({
    mutationFn: (input: AgreementRelationCreate) =>
      apiSend(`/agreements/${at(slug)}/relations`, {
        method: 'POST',
        body: input,
        schema: agreementDetailSchema,
      }),
    meta: { changesCatalog: true },
  });
}

export function useRemoveAgreementRelation(slug: string) {
  return useMutation({
    mutationFn: (other: string) =>
      apiSend(`/agreements/${at(slug)}/relations/${at(other)}`, { method: 'DELETE', schema: noContent }),
    meta: { changesCatalog: true },
  });
}

export function useAddCommitmentRelation() {
  return useMutation({
    mutationFn: ({ slug, input }: { slug: string; input: CommitmentRelationCreate }) =>
      apiSend(`/commitments/${at(slug)}/relations`, {
        method: 'POST',
        body: input,
        schema: commitmentDetailSchema,
      }),
    meta: { changesCatalog: true },
  });
}

export function useRemoveCommitmentRelation() {
  return useMutation({
    mutationFn: ({ slug, other }: { slug: string; other: string }) =>
      apiSend(`/commitments/${at(slug)}/relations/${at(other)}`, { method: 'DELETE', schema: noContent }),
    meta: { changesCatalog: true },
  });
}
