import { z } from 'zod';

/** Reads a write's answer and checks it with the shared schema (these tools load zod anyway, for their forms). */
export async function parseBody<Schema extends z.ZodType>(
  response: Response,
  schema: Schema,
): Promise<z.output<Schema>> {
  const body = response.status === 204 ? undefined : await readJson(response);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(response.status, 'invalid_response', 'The server sent data in an unexpected shape.');
  }
  return parsed.data;
}
import { ApiError, buildUrl, csrfTokenSource, readJson, request, toApiError } from './api-client.ts';

/** A 204 answer, or one whose body the caller does not need. */
export const noContent = z.unknown();

interface SendOptions<Schema extends z.ZodType> {
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Parses the answer. */
  schema: Schema;
  /** Sign-in has no session yet, so no token; every other write carries one. */
  csrf?: boolean;
}

/**
 * A write to `/api/v1{path}`: a JSON body, the session's X-CSRF-Token, and the answer parsed with the
 * shared schema. A 403 means nothing was written, so after refreshing a changed token it is sent once more.
 */
export async function apiSend<Schema extends z.ZodType>(
  path: string,
  { method, body, schema, csrf = true }: SendOptions<Schema>,
): Promise<z.output<Schema>> {
  const send = (token: string | null) => {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (token) headers['X-CSRF-Token'] = token;
    return request(buildUrl(path, {}), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  };

  const tokens = csrfTokenSource();
  const token = csrf ? await tokens.current() : null;
  let response = await send(token);
  if (csrf && response.status === 403) {
    const fresh = await tokens.refresh();
    if (!fresh) throw new ApiError(401, 'unauthenticated', 'Not signed in');
    if (fresh !== token) response = await send(fresh);
  }
  if (!response.ok) throw await toApiError(response);
  return parseBody(response, schema);
}
