import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logger.ts';
import { databaseErrorCode, isDatabaseUnavailable, isInvalidValueForDatabase } from '../db/pg-errors.ts';
import { HttpError } from './errors.ts';
import { errorFields } from '../observability/error-fields.ts';

/** The shape of errors from Express's own parts (body-parser, serve-static): http-errors objects. */
interface LibraryHttpError {
  type?: string;
  status?: number;
}

/** Maps the library errors a client can cause (bad JSON, too large, missing file) to our error codes. */
function fromLibrary(error: LibraryHttpError): HttpError | undefined {
  switch (error.type) {
    case 'entity.parse.failed':
      return new HttpError(400, 'validation_error', 'The request body is not valid JSON');
    case 'entity.too.large':
      return new HttpError(413, 'payload_too_large', 'The request body is too large');
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new HttpError(415, 'unsupported_media_type', 'Unsupported body encoding');
  }
  // serve-static's missing file (ENOENT, not marked expose) and any other client error it raises.
  if (error.status === 404) return new HttpError(404, 'not_found', 'Not found');
  if (error.status && error.status >= 400 && error.status < 500)
    return new HttpError(error.status, 'validation_error', 'Bad request');
  return undefined;
}

/** A database that is down, restarting or too slow: the request failed as a whole; try again (503). */
function databaseUnavailable(error: unknown, logger: Logger, reqId: unknown): HttpError | undefined {
  if (!isDatabaseUnavailable(error)) return undefined;
  logger.warn('database unavailable', { reqId, code: databaseErrorCode(error) });
  return new HttpError(503, 'unavailable', 'The database is not reachable just now. Please try again.');
}

/** A value the database could not take (out of range, invalid text): the request is at fault (400). */
function invalidValue(error: unknown, logger: Logger, reqId: unknown): HttpError | undefined {
  if (!isInvalidValueForDatabase(error)) return undefined;
  logger.warn('value refused by the database', { reqId, code: databaseErrorCode(error) });
  return new HttpError(400, 'validation_error', 'A value in the request is out of range or not valid text');
}

/** The one place errors become responses: known ones as they are, anything else as a bare 500. */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const known =
      error instanceof HttpError
        ? error
        : (databaseUnavailable(error, logger, res.locals.requestId) ??
          invalidValue(error, logger, res.locals.requestId) ??
          fromLibrary(error as LibraryHttpError));
    const httpError =
      known ?? new HttpError(500, 'internal_error', 'Something went wrong on our side. Please try again.');
    if (!known) {
      logger.error('unhandled error', {
        reqId: res.locals.requestId,
        method: req.method,
        path: req.path,
        error: errorFields(error),
      });
    }
    if (res.headersSent) return void res.end();
    const { status, code, message, details, extra } = httpError;
    if (status === 503) res.setHeader('Retry-After', '1');
    res.status(status).json({ error: { code, message, ...(details && { details }), ...extra } });
  };
}

export const apiNotFound: RequestHandler = (req) => {
  throw new HttpError(404, 'not_found', `No API route for ${req.method} ${req.path}`);
};
