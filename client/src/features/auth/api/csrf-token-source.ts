import type { QueryClient } from '@tanstack/react-query';
import type { CsrfTokenSource } from '../../../lib/api-client.ts';
import { getSession, sessionQueryOptions } from './get-session.ts';

/**
 * Writes take the CSRF token from the session query. A refresh asks the server again, and keeps the
 * answer only when someone is signed in: a lapsed session must not unmount a form that holds a draft.
 */
export function csrfTokenSource(queryClient: QueryClient): CsrfTokenSource {
  return {
    current: async () => (await queryClient.ensureQueryData(sessionQueryOptions()))?.csrfToken ?? null,
    refresh: async () => {
      const session = await getSession();
      if (session) queryClient.setQueryData(sessionQueryOptions().queryKey, session);
      return session?.csrfToken ?? null;
    },
  };
}
