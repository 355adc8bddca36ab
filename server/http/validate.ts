import type { Request } from 'express';
import type { z } from 'zod';
import { validationError } from './errors.ts';

/** Parses the query string with a shared schema; a failure is a 400 naming the field. */
export function parseQuery<S extends z.ZodType>(schema: S, req: Request): z.infer<S> {
  const result = schema.safeParse(req.query);
  if (!result.success) throw validationError(result.error, 'query parameter');
  return result.data;
}

/** Parses a JSON body with a shared schema; a failure is a 400 naming each field. */
export function parseBody<S extends z.ZodType>(schema: S, req: Request): z.infer<S> {
  const result = schema.safeParse(req.body);
  if (!result.success) throw validationError(result.error, 'request body');
  return result.data;
}

/** A path parameter as a string (Express types widen them when middleware arrays precede the handler). */
export function routeParam(req: Request, name: string): string {
  return String(req.params[name] ?? '');
}
