import { useMutation, useQueryClient } from '@tanstack/react-query';
import { commitmentDetailSchema, type CommitmentDetail } from '../../../../../shared/contracts/public.ts';
import type { CommitmentPatch } from '../../../../../shared/contracts/writes.ts';
import { apiSend } from '../../../lib/api-send.ts';
import { commitmentQueryOptions } from './get-commitment.ts';

/** PATCH /api/v1/commitments/:slug: only the changed fields, with the version they were changed from. */
export function editCommitment(slug: string, patch: CommitmentPatch): Promise<CommitmentDetail> {
  return apiSend(`/commitments/${encodeURIComponent(slug)}`, {
    method: 'PATCH',
    body: patch,
    schema: commitmentDetailSchema,
  });
}

export function useEditCommitment(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: CommitmentPatch) => editCommitment(slug, patch),
    meta: { changesCatalog: true },
    onSuccess: (commitment) => queryClient.setQueryData(commitmentQueryOptions(slug).queryKey, commitment),
  });
}
