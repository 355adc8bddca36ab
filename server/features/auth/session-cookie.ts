import type { Request, Response } from 'express';

export interface CookieSettings {
  /** Over HTTPS: the Secure flag and the __Host- prefix (no Domain, Path=/, Secure). */
  secure: boolean;
}

export const cookieName = (settings: CookieSettings) =>
  settings.secure ? '__Host-accord_session' : 'accord_session';

/**
 * A readable, secret-free hint that this browser has signed in, so public pages ask for the session
 * only when there may be one (the session cookie itself is HttpOnly).
 */
export const SIGNED_IN_HINT = 'accord_signed_in';

/** Reads one cookie from the request; no parser middleware needed for a single value. */
export function readSessionCookie(req: Request, settings: CookieSettings): string | undefined {
  const name = cookieName(settings);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=') || undefined;
  }
  return undefined;
}

function cookie(
  name: string,
  value: string,
  maxAgeSeconds: number,
  settings: CookieSettings,
  httpOnly: boolean,
): string {
  const flags = ['Path=/', ...(httpOnly ? ['HttpOnly'] : []), 'SameSite=Lax', `Max-Age=${maxAgeSeconds}`];
  if (settings.secure) flags.push('Secure');
  return `${name}=${value}; ${flags.join('; ')}`;
}

export function setSessionCookie(
  res: Response,
  settings: CookieSettings,
  token: string,
  maxAgeSeconds: number,
): void {
  res.append('Set-Cookie', cookie(cookieName(settings), token, maxAgeSeconds, settings, true));
  res.append('Set-Cookie', cookie(SIGNED_IN_HINT, '1', maxAgeSeconds, settings, false));
}

export function clearSessionCookie(res: Response, settings: CookieSettings): void {
  res.append('Set-Cookie', cookie(cookieName(settings), '', 0, settings, true));
  res.append('Set-Cookie', cookie(SIGNED_IN_HINT, '', 0, settings, false));
}
