import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** Bodies below this size go out as they are: the encoding's framing and the CPU would cost more than they save. */
export const MIN_COMPRESSED_BYTES = 1024;

/** Text types worth compressing; images other than SVG, fonts in woff2 and archives are compressed already. */
const COMPRESSIBLE =
  /^(text\/(html|css|javascript|plain|csv|xml)|application\/(json|javascript|xml|atom\+xml|manifest\+json|ld\+json)|image\/svg\+xml)\b/i;

export function compressibleType(contentType: unknown): boolean {
  return (
    typeof contentType === 'string' &&
    COMPRESSIBLE.test(contentType) &&
    !contentType.startsWith('text/event-stream')
  );
}

const parsed = new Map<string, Encoding | undefined>();

/** Brotli when the client accepts it, else gzip, else nothing; "q=0" refuses. The few distinct headers are remembered. */
export function chooseEncoding(header: string | string[] | undefined): Encoding | undefined {
  if (typeof header !== 'string' || header === '') return undefined;
  const known = parsed.get(header);
  if (known !== undefined || parsed.has(header)) return known;
  const accepted = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    accepted.set(name.trim(), Number.isFinite(q) ? q : 0);
  }
  const wildcard = accepted.get('*') ?? 0;
  const score = (name: string) => accepted.get(name) ?? wildcard;
  const br = score('br');
  const gzip = score('gzip');
  const choice = br > 0 && br >= gzip ? 'br' : gzip > 0 ? 'gzip' : undefined;
  if (parsed.size < 200) parsed.set(header, choice);
  return choice;
}

/** Runtime compression: brotli at a middle quality (11 is for the build, where time does not matter). */
export function compress(body: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 6,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipSync(body, { level: 6 });
}

const SUFFIX: Record<Encoding, string> = { br: '-br', gzip: '-gz' };

/** The ETag of a body's encoded form: the same tag with the encoding named, so caches never mix them up. */
export function encodedEtag(etag: string, encoding: Encoding): string {
  return etag.endsWith('"') ? `${etag.slice(0, -1)}${SUFFIX[encoding]}"` : `${etag}${SUFFIX[encoding]}`;
}

/** Adds Accept-Encoding to a Vary header value, once. */
export function varyWithEncoding(vary: unknown): string {
  const current = typeof vary === 'string' ? vary : Array.isArray(vary) ? vary.join(', ') : '';
  if (/(^|,)\s*accept-encoding\s*(,|$)/i.test(current)) return current;
  return current ? `${current}, Accept-Encoding` : 'Accept-Encoding';
}
