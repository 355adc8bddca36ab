import type { RequestHandler } from 'express';
import { HttpError } from './errors.ts';

/** NUL, or half of a UTF-16 surrogate pair: neither can be stored as text, nor means anything to a reader. */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSTORABLE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** A host name or IPv4 address, or a bracketed IPv6 address, with an optional port. */
const VALID_HOST = /^(?:[A-Za-z0-9_.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

const badInput = (message: string) => new HttpError(400, 'validation_error', message);

/** The path of the first string inside a parsed JSON value that cannot be stored as text, if any. */
export function findUnstorableText(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return UNSTORABLE_TEXT.test(value) ? path || 'body' : undefined;
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (UNSTORABLE_TEXT.test(key)) return path ? `${path}.${key}` : key;
      const found = findUnstorableText(inner, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Before any route: a malformed Host header, a path with broken percent-encoding, and NUL characters or
 * lone surrogates in the path or query are refused with 400, so they never reach a handler or the database.
 */
export const inputGuard: RequestHandler = (req, _res, next) => {
  const host = req.headers.host;
  if (host !== undefined && !VALID_HOST.test(host))
    throw badInput('The Host header is not a valid host name');
  let path: string;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    throw badInput('The address has broken percent-encoding');
  }
  if (UNSTORABLE_TEXT.test(path)) throw badInput('The address contains characters that are not allowed');
  for (const [key, value] of Object.entries(req.query)) {
    const values = Array.isArray(value) ? value : [value];
    if (UNSTORABLE_TEXT.test(key) || values.some((v) => typeof v === 'string' && UNSTORABLE_TEXT.test(v)))
      throw badInput(`The query parameter ${JSON.stringify(key)} contains characters that are not allowed`);
  }
  next();
};
