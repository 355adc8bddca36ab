import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SessionResponse } from '../../../../../shared/contracts/auth.ts';
import { apiGet, isApiError } from '../../../lib/api-client.ts';

/** The server sets this readable cookie beside the HttpOnly session cookie; it holds no secret. */
const SIGNED_IN_HINT = /(?:^|;\s*)accord_signed_in=1(?:;|$)/;

let renderSignedIn = false;

/** The server's render says whether its request carried the hint (a render is synchronous: one at a time). */
export function setRenderSignedIn(hint: boolean): void {
  renderSignedIn = hint;
}

/** Whether this browser has signed in: its cookie, or on the server the request's (they draw the same). */
export function hasSignedInHint(): boolean {
  return typeof document === 'undefined' ? renderSignedIn : SIGNED_IN_HINT.test(document.cookie);
}

/**
 * GET /api/v1/session: who is signed in, and the CSRF token for writes; null when nobody is.
 * Without the hint cookie nobody can be signed in, so anonymous readers make no request at all.
 */
export async function getSession(signal?: AbortSignal): Promise<SessionResponse | null> {
  if (!hasSignedInHint()) return null;
  try {
    return await apiGet<SessionResponse>('/session', { signal });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

/** The session changes only by signing in or out (both set this query's data), so it never goes stale. */
export function sessionQueryOptions() {
  return queryOptions({
    queryKey: ['session'] as const,
    queryFn: ({ signal }) => getSession(signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export function useSession() {
  return useQuery(sessionQueryOptions());
}
