import { etagMatches } from '../../features/open-data/conditional-get.ts';
import { compress, encodedEtag, MIN_COMPRESSED_BYTES, type Encoding } from './encoding.ts';

export interface Variant {
  body: Buffer;
  etag: string;
  /** Undefined for the body as it is. */
  encoding: Encoding | undefined;
}

const variants = new WeakMap<Buffer, Partial<Record<Encoding | 'identity', Variant>>>();

/**
 * The form of a kept body (a rendered page, a dashboard snapshot) to send for an encoding, compressed once
 * per body and encoding, and dropped with the body (a WeakMap): never per request.
 */
export function keptVariant(body: Buffer, etag: string, encoding: Encoding | undefined): Variant {
  const chosen = encoding && body.length >= MIN_COMPRESSED_BYTES ? encoding : undefined;
  let forBody = variants.get(body);
  if (!forBody) variants.set(body, (forBody = {}));
  const key = chosen ?? 'identity';
  let variant = forBody[key];
  if (!variant) {
    variant = chosen
      ? { body: compress(body, chosen), etag: encodedEtag(etag, chosen), encoding: chosen }
      : { body, etag, encoding: undefined };
    forBody[key] = variant;
  }
  return variant;
}

/**
 * Whether the client holds this answer: the variant's own ETag, or the body's plain one (a copy it got
 * without an encoding, or the tag the compression middleware mapped back on the way in).
 */
export function isFresh(ifNoneMatch: string | undefined, variant: Variant, plainEtag: string): boolean {
  if (!ifNoneMatch) return false;
  return (
    ifNoneMatch === variant.etag ||
    ifNoneMatch === plainEtag ||
    etagMatches(ifNoneMatch, variant.etag) ||
    etagMatches(ifNoneMatch, plainEtag)
  );
}
