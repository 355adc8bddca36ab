import { API_PREFIX } from '../../../shared/contracts/api-paths.ts';
import type { ApiErrorBody } from '../../../shared/contracts/common.ts';

/** Codes the client adds to the server's own (see shared/contracts/common.ts). */
export type ClientErrorCode = 'network_error' | 'invalid_response';

export interface FieldProblem {
  path: string;
  message: string;
}

/** Every failed API call becomes one of these: the HTTP status (0 when no response) and a machine code. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  /** On a 400 validation_error: which fields were refused, and why. */
  readonly details: FieldProblem[];
  /** On a 409 conflict: the commitment's version now. */
  readonly currentVersion: number | undefined;
  /** On a 429: seconds to wait, from Retry-After. */
  readonly retryAfter: number | undefined;

  constructor(
    status: number,
    code: string,
    message: string,
    extra: { details?: FieldProblem[]; currentVersion?: number; retryAfter?: number } = {},
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = extra.details ?? [];
    this.currentVersion = extra.currentVersion;
    this.retryAfter = extra.retryAfter;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.status === 404;
}

export function isConflict(error: unknown): error is ApiError {
  return isApiError(error) && error.status === 409;
}

type QueryValue = string | number | undefined | null;

interface GetOptions {
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
}

export function buildUrl(path: string, query: GetOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_PREFIX}${path}${search ? `?${search}` : ''}`;
}

export async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** The server's error body, checked by hand: the public pages carry no schema library (see decision 016). */
function errorBody(body: unknown): ApiErrorBody['error'] | undefined {
  const error = (body as { error?: unknown } | undefined)?.error as Record<string, unknown> | undefined;
  if (typeof error?.code !== 'string' || typeof error.message !== 'string') return undefined;
  return error as ApiErrorBody['error'];
}

export async function toApiError(response: Response): Promise<ApiError> {
  const error = errorBody(await readJson(response));
  const retryAfter = Number(response.headers.get('retry-after')) || undefined;
  if (error) {
    const { code, message, details, currentVersion } = error;
    return new ApiError(response.status, code, message, { details, currentVersion, retryAfter });
  }
  return new ApiError(response.status, 'http_error', `The server answered ${response.status}.`);
}

type Transport = (url: string, init: RequestInit) => Promise<Response>;

let transport: Transport = (url, init) => fetch(url, init);

/** The server's renderer answers a page's reads in-process, with no HTTP to itself (entry-server.tsx). */
export function setTransport(next: Transport): void {
  transport = next;
}

export async function request(url: string, init: RequestInit): Promise<Response> {
  try {
    return await transport(url, init);
  } catch (cause) {
    // An abort is React Query cancelling the request, not a failure to report.
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network_error', 'The server could not be reached.');
  }
}

/**
 * GET `/api/v1{path}`, typed with the shared contract's type. Responses are not re-validated here: the
 * server builds them with presenters, and its tests check every answer against the published schemas.
 */
export async function apiGet<T>(path: string, options: GetOptions = {}): Promise<T> {
  const response = await request(buildUrl(path, options.query), {
    headers: { Accept: 'application/json' },
    signal: options.signal,
  });
  if (!response.ok) throw await toApiError(response);
  return (await readJson(response)) as T;
}

/**
 * Where writes get the session's CSRF token. The app wires it to the session query; `refresh` asks the
 * server again (after a sign-in in another tab the old token no longer matches). The writes themselves
 * (api-send.ts) load only with the tools that make them.
 */
export interface CsrfTokenSource {
  current(): Promise<string | null>;
  refresh(): Promise<string | null>;
}

let csrfTokens: CsrfTokenSource = { current: async () => null, refresh: async () => null };

export function setCsrfTokenSource(source: CsrfTokenSource): void {
  csrfTokens = source;
}

export function csrfTokenSource(): CsrfTokenSource {
  return csrfTokens;
}
