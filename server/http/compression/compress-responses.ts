import type { RequestHandler, Response } from 'express';
import {
  chooseEncoding,
  compress,
  compressibleType,
  encodedEtag,
  MIN_COMPRESSED_BYTES,
  varyWithEncoding,
  type Encoding,
} from './encoding.ts';

/**
 * Never compressed: the live event stream (a compressor would hold its events back) and the session
 * answer, which carries the CSRF token (a secret beside reflected input is what BREACH reads).
 */
const NEVER = /^\/api\/v1\/(live|session)(\/|\?|$)/;

type End = Response['end'];

/** Strips the encoding's suffix from If-None-Match, so that a route's own ETag check sees the tag it set. */
function plainIfNoneMatch(header: string, encoding: Encoding): string {
  const suffix = encodedEtag('""', encoding).slice(1, -1);
  return header.replaceAll(`${suffix}"`, '"');
}

/**
 * Compresses whole bodies that routes send in one piece (res.json, res.send, res.end(body)): JSON, SVG,
 * Atom, CSV, HTML shells, with brotli or gzip as Accept-Encoding allows, and an ETag per encoding. A
 * streamed response (res.write) and one already encoded (kept pages, the dashboard, precompressed files)
 * are left alone. Decision 065.
 */
export function compressResponses(): RequestHandler {
  return (req, res, next) => {
    if (NEVER.test(req.originalUrl)) return next();
    const encoding = chooseEncoding(req.headers['accept-encoding']);
    const ifNoneMatch = req.headers['if-none-match'];
    let askedEncoded = false;
    if (encoding && typeof ifNoneMatch === 'string') {
      const plain = plainIfNoneMatch(ifNoneMatch, encoding);
      askedEncoded = plain !== ifNoneMatch;
      req.headers['if-none-match'] = plain;
    }
    let streamed = false;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    res.write = ((...args: unknown[]) => {
      streamed = true;
      return write(...args);
    }) as Response['write'];
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.end = ((chunk?: unknown, encodingOrDone?: unknown, done?: unknown) => {
      if (streamed || res.headersSent || res.getHeader('content-encoding'))
        return end(chunk, encodingOrDone, done);
      const etag = res.getHeader('etag');
      if (res.statusCode === 304) {
        // The tag the client holds, not the one the route knows (unless the route named the encoding itself).
        if (
          askedEncoded &&
          encoding &&
          typeof etag === 'string' &&
          !etag.endsWith(encodedEtag('""', encoding).slice(1))
        )
          res.setHeader('ETag', encodedEtag(etag, encoding));
        return end(chunk, encodingOrDone, done);
      }
      if (!compressibleType(res.getHeader('content-type'))) return end(chunk, encodingOrDone, done);
      res.setHeader('Vary', varyWithEncoding(res.getHeader('vary')));
      if (chunk === undefined || chunk === null || typeof chunk === 'function' || req.method === 'HEAD')
        return end(chunk, encodingOrDone, done);
      const body = Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(
            chunk as string,
            typeof encodingOrDone === 'string' ? (encodingOrDone as BufferEncoding) : 'utf8',
          );
      if (!encoding || body.length < MIN_COMPRESSED_BYTES) return end(chunk, encodingOrDone, done);
      const compressed = compress(body, encoding);
      res.setHeader('Content-Encoding', encoding);
      res.setHeader('Content-Length', compressed.length);
      if (typeof etag === 'string') res.setHeader('ETag', encodedEtag(etag, encoding));
      return end(compressed, typeof encodingOrDone === 'function' ? encodingOrDone : done);
    }) as End;
    next();
  };
}
