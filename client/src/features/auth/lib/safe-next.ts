/** Where sign-in lands without a (safe) page to return to: the analyst's home. */
const FALLBACK = '/workspace';

/**
 * The page to return to after signing in, from `?next=`: only a path on this site (no other origin,
 * no protocol-relative `//host`, no backslash tricks), and never the sign-in page itself.
 */
export function safeNextPath(next: string | null | undefined, origin = 'http://localhost'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return FALLBACK;
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== new URL(origin).origin) return FALLBACK;
  if (url.pathname === '/login') return FALLBACK;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** `/login?next=<this page>`, for links and redirects to the sign-in page. */
export function loginPath(next: string): string {
  return next === '/' || next.startsWith('/login') ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}
