import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AgreementDetail } from '../../../../../shared/contracts/public.ts';
import type { IsoDate } from '../../../../../shared/domain/dates.ts';
import { apiGet } from '../../../lib/api-client.ts';

/** GET /api/v1/agreements/:slug: one agreement, its commitments and counts, as of a date (default today). */
export function getAgreement(
  slug: string,
  asOf: IsoDate | undefined,
  signal?: AbortSignal,
): Promise<AgreementDetail> {
  return apiGet<AgreementDetail>(`/agreements/${encodeURIComponent(slug)}`, { query: { asOf }, signal });
}

export function agreementQueryOptions(slug: string, asOf?: IsoDate) {
  return queryOptions({
    queryKey: ['agreements', slug, { asOf: asOf ?? null }] as const,
    meta: { catalog: true },
    queryFn: ({ signal }) => getAgreement(slug, asOf, signal),
    // A 404 the server rendered stays a 404 when the browser hydrates it (no refetch on mount).
    retryOnMount: false,
  });
}

/** The agreement; while another date loads, the previous one stays on screen. */
export function useAgreement(slug: string, asOf?: IsoDate) {
  return useQuery({ ...agreementQueryOptions(slug, asOf), placeholderData: keepPreviousData });
}
