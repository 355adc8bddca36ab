import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  sessionResponseSchema,
  type SessionResponse,
  type SignInRequest,
} from '../../../../../shared/contracts/auth.ts';
import { apiSend } from '../../../lib/api-send.ts';
import { sessionQueryOptions } from './get-session.ts';

/** POST /api/v1/session: checks the credentials and starts a session (cookie set by the server). */
export function signIn(credentials: SignInRequest): Promise<SessionResponse> {
  return apiSend('/session', {
    method: 'POST',
    body: credentials,
    schema: sessionResponseSchema,
    csrf: false,
  });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => queryClient.setQueryData(sessionQueryOptions().queryKey, session),
  });
}
