import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AgreementCreate,
  AgreementPatch,
  CommitmentCreate,
} from '../../../../../shared/contracts/admin.ts';
import {
  agreementDetailSchema,
  commitmentDetailSchema,
  type Agreement,
  type AgreementDetail,
  type CommitmentDetail,
} from '../../../../../shared/contracts/public.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { apiSend } from '../../../lib/api-send.ts';

/** GET /api/v1/agreements: every agreement, in the dashboard's order. */
export async function listAgreements(signal?: AbortSignal): Promise<Agreement[]> {
  return (await apiGet<{ agreements: Agreement[] }>('/agreements', { signal })).agreements;
}

export function agreementsQueryOptions() {
  return queryOptions({
    queryKey: ['admin', 'agreements'] as const,
    meta: { catalog: true },
    queryFn: ({ signal }) => listAgreements(signal),
  });
}

export const useAgreements = () => useQuery(agreementsQueryOptions());

/** GET /api/v1/agreements/:slug: one agreement with its commitments. */
export function getAgreement(slug: string, signal?: AbortSignal): Promise<AgreementDetail> {
  return apiGet<AgreementDetail>(`/agreements/${encodeURIComponent(slug)}`, { signal });
}

export function agreementQueryOptions(slug: string) {
  return queryOptions({
    queryKey: ['admin', 'agreements', slug] as const,
    meta: { catalog: true },
    queryFn: ({ signal }) => getAgreement(slug, signal),
  });
}

export const useAgreement = (slug: string) => useQuery(agreementQueryOptions(slug));

/** POST /api/v1/agreements (admin). */
export function createAgreement(input: AgreementCreate): Promise<AgreementDetail> {
  return apiSend('/agreements', { method: 'POST', body: input, schema: agreementDetailSchema });
}

/** PATCH /api/v1/agreements/:slug (admin): only the changed fields. */
export function editAgreement(slug: string, patch: AgreementPatch): Promise<AgreementDetail> {
  return apiSend(`/agreements/${encodeURIComponent(slug)}`, {
    method: 'PATCH',
    body: patch,
    schema: agreementDetailSchema,
  });
}

/** POST /api/v1/commitments (admin): a new commitment at the end of an agreement. */
export function createCommitment(input: CommitmentCreate): Promise<CommitmentDetail> {
  return apiSend('/commitments', { method: 'POST', body: input, schema: commitmentDetailSchema });
}

/** Every agreement write changes the catalog: the lists, the dashboard and the pages refresh. */
export function useCreateAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAgreement,
    meta: { changesCatalog: true },
    onSuccess: (agreement) =>
      queryClient.setQueryData(agreementQueryOptions(agreement.slug).queryKey, agreement),
  });
}

export function useEditAgreement(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: AgreementPatch) => editAgreement(slug, patch),
    meta: { changesCatalog: true },
    onSuccess: (agreement) => queryClient.setQueryData(agreementQueryOptions(slug).queryKey, agreement),
  });
}

export function useCreateCommitment() {
  return useMutation({ mutationFn: createCommitment, meta: { changesCatalog: true } });
}
