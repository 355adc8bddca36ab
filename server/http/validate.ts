import type { Request } from 'express';
import type { z } from 'zod';
import { validationError } from './errors.ts';

/** Parses the query string with a shared schema; a failure is a 400 naming the field. */
export function parseQuery<S extends z.ZodType>(schema: S, req: Request): z.infer<S> {
  const result = schema.safeParse(req.query);
  if (!result.success) throw validationError(result.error, 'query parameter');
  return result.data;
}
