import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../lib/api-client.ts';
import { apiSend, noContent } from '../../../lib/api-send.ts';
import { sessionQueryOptions } from './get-session.ts';

/** DELETE /api/v1/session: ends the session on the server; the cookies are cleared by the answer. */
export async function signOut(): Promise<void> {
  try {
    await apiSend('/session', { method: 'DELETE', schema: noContent });
  } catch (error) {
    // Already ended on the server (expired, or signed out in another tab): the goal is reached.
    if (isApiError(error) && error.status === 401) return;
    throw error;
  }
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => queryClient.setQueryData(sessionQueryOptions().queryKey, null),
  });
}
