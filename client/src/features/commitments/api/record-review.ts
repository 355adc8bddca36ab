import { useMutation, useQueryClient } from '@tanstack/react-query';
import { commitmentDetailSchema } from '../../../../../shared/contracts/public.ts';
import type { NewReview } from '../../../../../shared/contracts/writes.ts';
import { apiSend } from '../../../lib/api-send.ts';
import { commitmentQueryOptions } from './get-commitment.ts';

/** POST /api/v1/commitments/:slug/reviews: 201 with the commitment, now checked through the review's day. */
export function useRecordReview(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewReview) =>
      apiSend(`/commitments/${encodeURIComponent(slug)}/reviews`, {
        method: 'POST',
        body: input,
        schema: commitmentDetailSchema,
      }),
    meta: { changesCatalog: true },
    onSuccess: (commitment) => queryClient.setQueryData(commitmentQueryOptions(slug).queryKey, commitment),
  });
}
