import { useMutation, useQueryClient } from '@tanstack/react-query';
import { commitmentDetailSchema, type CommitmentDetail } from '../../../../../shared/contracts/public.ts';
import type { Retraction } from '../../../../../shared/contracts/writes.ts';
import { apiSend } from '../../../lib/api-send.ts';
import { commitmentQueryOptions } from './get-commitment.ts';

/** POST /api/v1/updates/:id/retraction: the update stays in the history, struck through, with the reason. */
export function retractUpdate(updateId: number, input: Retraction): Promise<CommitmentDetail> {
  return apiSend(`/updates/${updateId}/retraction`, {
    method: 'POST',
    body: input,
    schema: commitmentDetailSchema,
  });
}

export function useRetractUpdate(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ updateId, input }: { updateId: number; input: Retraction }) =>
      retractUpdate(updateId, input),
    meta: { changesCatalog: true },
    onSuccess: (commitment) => queryClient.setQueryData(commitmentQueryOptions(slug).queryKey, commitment),
  });
}
