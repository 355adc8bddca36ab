import type { z } from 'zod';
import { API_PREFIX } from '../../../shared/contracts/api-paths.ts';
import { apiErrorSchema } from '../../../shared/contracts/common.ts';

/** Codes the client adds to the server's own (see shared/contracts/common.ts). */
export type ClientErrorCode = 'network_error' | 'invalid_response';

/** Every failed API call becomes one of these: the HTTP status (0 when no response) and a machine code. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.status === 404;
}

type QueryValue = string | number | undefined | null;

interface GetOptions {
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
}

function buildUrl(path: string, query: GetOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_PREFIX}${path}${search ? `?${search}` : ''}`;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const parsed = apiErrorSchema.safeParse(await readJson(response));
  if (parsed.success) {
    return new ApiError(response.status, parsed.data.error.code, parsed.data.error.message);
  }
  return new ApiError(response.status, 'http_error', `The server answered ${response.status}.`);
}

/** GET `/api/v1{path}` and parse the body with the shared schema, so the rest of the client gets typed data. */
export async function apiGet<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  options: GetOptions = {},
): Promise<z.output<Schema>> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      headers: { Accept: 'application/json' },
      signal: options.signal,
    });
  } catch (cause) {
    // An abort is React Query cancelling the request, not a failure to report.
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network_error', 'The server could not be reached.');
  }
  if (!response.ok) throw await toApiError(response);
  const parsed = schema.safeParse(await readJson(response));
  if (!parsed.success) {
    throw new ApiError(response.status, 'invalid_response', 'The server sent data in an unexpected shape.');
  }
  return parsed.data;
}
