import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

export interface Cacheable {
  body: string | Buffer;
  contentType: string;
  cacheControl: string;
  /** A validator for the content; the hash of the body when omitted. */
  etag?: string;
  headers?: Record<string, string>;
}

/** A strong ETag: the first 160 bits of the body's SHA-256. */
export function bodyEtag(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/** If-None-Match uses the weak comparison: W/"x" and "x" match. */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => opaque(candidate) === opaque(etag));
}

/** Sends a body with its ETag and Cache-Control, or a bodiless 304 when the client already has it. */
export function sendCacheable(req: Request, res: Response, item: Cacheable): void {
  const etag = item.etag ?? bodyEtag(item.body);
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', item.cacheControl);
  for (const [name, value] of Object.entries(item.headers ?? {})) res.setHeader(name, value);
  if (etagMatches(req.get('if-none-match'), etag)) return void res.status(304).end();
  res.setHeader('Content-Type', item.contentType);
  res.end(item.body);
}

/** The site's origin for absolute links: PUBLIC_URL when set, else the address this request came to. */
export function originOf(req: Request, publicOrigin?: string): string {
  return publicOrigin ?? `${req.protocol}://${req.get('host')}`;
}
