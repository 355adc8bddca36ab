import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { chooseEncoding, compressibleType, varyWithEncoding } from '../../http/compression/encoding.ts';
import { isFresh, keptVariant } from '../../http/compression/kept-variants.ts';

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

/**
 * Sends a body with its ETag and Cache-Control, or a bodiless 304 when the client already has it. A kept
 * body (a Buffer: feeds, exports, the timeline) goes out compressed from its variant, made once per body
 * (decision 065); a string is left to the compression middleware.
 */
export function sendCacheable(req: Request, res: Response, item: Cacheable): void {
  const etag = item.etag ?? bodyEtag(item.body);
  const variant =
    Buffer.isBuffer(item.body) && compressibleType(item.contentType)
      ? keptVariant(item.body, etag, chooseEncoding(req.get('accept-encoding')))
      : undefined;
  if (variant) res.setHeader('Vary', varyWithEncoding(res.getHeader('vary')));
  res.setHeader('ETag', variant?.etag ?? etag);
  res.setHeader('Cache-Control', item.cacheControl);
  for (const [name, value] of Object.entries(item.headers ?? {})) res.setHeader(name, value);
  if (
    etagMatches(req.get('if-none-match'), etag) ||
    (variant && isFresh(req.get('if-none-match'), variant, etag))
  )
    return void res.status(304).end();
  res.setHeader('Content-Type', item.contentType);
  if (variant?.encoding) res.setHeader('Content-Encoding', variant.encoding);
  res.end(variant?.body ?? item.body);
}

/** The site's origin for absolute links: PUBLIC_URL when set, else the address this request came to. */
export function originOf(req: Request, publicOrigin?: string): string {
  return publicOrigin ?? `${req.protocol}://${req.get('host')}`;
}
