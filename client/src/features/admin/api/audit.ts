import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { AuditEvent } from '../../../../../shared/contracts/admin.ts';
import { apiGet } from '../../../lib/api-client.ts';

export type AuditPage = { events: AuditEvent[]; nextBefore: number | null };

export interface AuditFilters {
  actor?: string;
  commitment?: string;
}

const PAGE_SIZE = 50;

/** GET /api/v1/audit (admin): newest first; `before` is the last id of the previous page. */
export function getAuditPage(
  filters: AuditFilters,
  before: number | undefined,
  signal?: AbortSignal,
): Promise<AuditPage> {
  return apiGet<AuditPage>('/audit', {
    query: { ...filters, limit: PAGE_SIZE, before },
    signal,
  });
}

export function auditQueryOptions(filters: AuditFilters) {
  return infiniteQueryOptions({
    queryKey: [
      'admin',
      'audit',
      { actor: filters.actor ?? null, commitment: filters.commitment ?? null },
    ] as const,
    queryFn: ({ pageParam, signal }) => getAuditPage(filters, pageParam, signal),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
    // The log grows with every action anywhere: always ask again when the page is opened.
    staleTime: 0,
  });
}

export const useAudit = (filters: AuditFilters) => useInfiniteQuery(auditQueryOptions(filters));
