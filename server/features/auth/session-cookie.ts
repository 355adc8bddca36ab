import type { Request, Response } from 'express';

export interface CookieSettings {
  /** Over HTTPS: the Secure flag and the __Host- prefix (no Domain, Path=/, Secure). */
  secure: boolean;
}

export const cookieName = (settings: CookieSettings) =>
  settings.secure ? '__Host-accord_session' : 'accord_session';

/** Reads one cookie from the request; no parser middleware needed for a single value. */
export function readSessionCookie(req: Request, settings: CookieSettings): string | undefined {
  const name = cookieName(settings);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=') || undefined;
  }
  return undefined;
}

export function setSessionCookie(
  res: Response,
  settings: CookieSettings,
  token: string,
  maxAgeSeconds: number,
): void {
  const flags = [
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAgeSeconds}`,
    ...(settings.secure ? ['Secure'] : []),
  ];
  res.append('Set-Cookie', `${cookieName(settings)}=${token}; ${flags.join('; ')}`);
}

export function clearSessionCookie(res: Response, settings: CookieSettings): void {
  const flags = ['Path=/', 'HttpOnly', 'SameSite=Lax', 'Max-Age=0', ...(settings.secure ? ['Secure'] : [])];
  res.append('Set-Cookie', `${cookieName(settings)}=; ${flags.join('; ')}`);
}
