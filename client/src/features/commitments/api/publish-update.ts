import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { commitmentDetailSchema, statusUpdateSchema } from '../../../../../shared/contracts/public.ts';
import type { NewUpdate } from '../../../../../shared/contracts/writes.ts';
import { apiSend } from '../../../lib/api-send.ts';
import { commitmentQueryOptions } from './get-commitment.ts';

const publishedSchema = z.object({ update: statusUpdateSchema, commitment: commitmentDetailSchema });
export type Published = z.infer<typeof publishedSchema>;

/** POST /api/v1/commitments/:slug/updates: 201 with the new update and the commitment; 409 when stale. */
export function publishUpdate(slug: string, input: NewUpdate): Promise<Published> {
  return apiSend(`/commitments/${encodeURIComponent(slug)}/updates`, {
    method: 'POST',
    body: input,
    schema: publishedSchema,
  });
}

/** Publishes, and puts the answer in the cache at once, so the history shows the entry without a reload. */
export function usePublishUpdate(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewUpdate) => publishUpdate(slug, input),
    meta: { changesCatalog: true },
    onSuccess: ({ commitment }) =>
      queryClient.setQueryData(commitmentQueryOptions(slug).queryKey, commitment),
  });
}
