import type { ZodError } from 'zod';
import type { ErrorCode } from '../../shared/contracts/common.ts';

/** An error meant for the client: its status, stable code and message are sent as they are. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: { path: string; message: string }[],
    readonly extra?: { currentVersion?: number },
  ) {
    super(message);
  }
}

export const conflict = (message: string, currentVersion?: number) =>
  new HttpError(
    409,
    'conflict',
    message,
    undefined,
    currentVersion === undefined ? undefined : { currentVersion },
  );

export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} was not found`);

/** Turns a zod failure into a 400 that names each offending field. */
export function validationError(error: ZodError, where: string): HttpError {
  const details = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || where,
    message: issue.message,
  }));
  const first = details[0];
  return new HttpError(
    400,
    'validation_error',
    first ? `Invalid ${where}: ${first.path}: ${first.message}` : `Invalid ${where}`,
    details,
  );
}
