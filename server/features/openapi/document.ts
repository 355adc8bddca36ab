import type { ErrorStatus, Operation, OperationResponse } from './operations.ts';
import { API_TOKEN_OPERATIONS } from './api-token-operations.ts';
import { EVIDENCE_OPERATIONS } from './evidence-operations.ts';
import { RELATION_OPERATIONS } from './relation-operations.ts';
import { OPERATIONS as BASE_OPERATIONS } from './operations.ts';

import { componentSchemas, schemaFor } from './schemas.ts';
import type { JsonSchema } from './schemas.ts';

const OPERATIONS = [
  ...BASE_OPERATIONS,
  ...EVIDENCE_OPERATIONS,
  ...RELATION_OPERATIONS,
  ...API_TOKEN_OPERATIONS,
];

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: JsonSchema;
  servers: { url: string }[];
  tags: { name: string }[];
  paths: Record<string, Record<string, JsonSchema>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, JsonSchema>;
    securitySchemes: Record<string, JsonSchema>;
  };
}

export const ERROR_RESPONSES: Record<ErrorStatus, { name: string; description: string }> = {
  400: {
    name: 'BadRequest',
    description: 'Invalid input (code validation_error); `details` names each field',
  },
  401: {
    name: 'Unauthenticated',
    description: 'Not signed in, or the API token is unknown, expired or revoked (code unauthenticated)',
  },
  403: {
    name: 'Forbidden',
    description:
      'Role not enough, missing/invalid CSRF token, a cross-site request, an API token where only a session ' +
      'will do, or a script with neither session nor token (code forbidden)',
  },
  404: { name: 'NotFound', description: 'No such resource (code not_found)' },
  409: {
    name: 'Conflict',
    description:
      'Someone else changed it first, or the name is taken (code conflict; `currentVersion` when known)',
  },
  413: { name: 'PayloadTooLarge', description: 'The request body is over 64 KiB (code payload_too_large)' },
  429: { name: 'RateLimited', description: 'Too many failed sign-ins; see Retry-After (code rate_limited)' },
  503: { name: 'Unavailable', description: 'The database is not reachable (code unavailable)' },
};

/** Express's /x/:name to OpenAPI's /x/{name}. */
export const openApiPath = (expressPath: string) => expressPath.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');

const CACHE_HEADERS = {
  ETag: { description: 'Validator for If-None-Match', schema: { type: 'string' } },
  'Cache-Control': { description: 'How long caches may keep the answer', schema: { type: 'string' } },
};

function response(item: OperationResponse): JsonSchema {
  const headers: Record<string, JsonSchema> = {
    ...(item.etag ? CACHE_HEADERS : {}),
    ...Object.fromEntries(
      Object.entries(item.headers ?? {}).map(([name, description]) => [
        name,
        { description, schema: { type: 'string' } },
      ]),
    ),
  };
  const content = item.json
    ? { 'application/json': { schema: schemaFor(item.json, 'output') } }
    : item.media
      ? {
          [item.media.type]: {
            schema: {
              type: item.media.type.endsWith('json') ? 'object' : 'string',
              description: item.media.description,
            },
          },
        }
      : undefined;
  return {
    description: item.description,
    ...(Object.keys(headers).length > 0 && { headers }),
    ...(content && { content }),
  };
}

function parameters(operation: Operation): JsonSchema[] {
  const path = Object.entries(operation.pathParams ?? {}).map(([name, param]) => ({
    name,
    in: 'path',
    required: true,
    description: param.description,
    schema: schemaFor(param.schema, 'input'),
  }));
  const query = Object.entries(operation.query?.shape ?? {}).map(([name, field]) => ({
    name,
    in: 'query',
    required: !field.safeParse(undefined).success,
    schema: schemaFor(field, 'input'),
  }));
  const conditional = Object.values(operation.success).some((item) => item.etag)
    ? [
        {
          name: 'If-None-Match',
          in: 'header',
          required: false,
          description: 'The ETag of a copy you hold: answered with 304 when it is still current',
          schema: { type: 'string' },
        },
      ]
    : [];
  return [...path, ...query, ...conditional];
}

function security(operation: Operation): JsonSchema {
  if (operation.access === 'public') return {};
  const session = operation.csrf ? { sessionCookie: [], csrfToken: [] } : { sessionCookie: [] };
  return {
    // Either a browser session (with its CSRF token on writes) or an API token alone.
    security: operation.sessionOnly ? [session] : [session, { apiToken: [] }],
    ...(operation.access !== 'signed-in' && { 'x-required-role': operation.access }),
  };
}

function operationObject(operation: Operation): JsonSchema {
  const responses: Record<string, JsonSchema> = {};
  for (const [status, item] of Object.entries(operation.success)) responses[status] = response(item);
  if (Object.values(operation.success).some((item) => item.etag))
    responses['304'] = { description: 'Not modified: the If-None-Match ETag is still current' };
  for (const status of operation.errors)
    responses[String(status)] = { $ref: `#/components/responses/${ERROR_RESPONSES[status].name}` };
  const access = {
    public: 'Public: no sign-in.',
    'signed-in': 'Needs a session.',
    analyst: 'Analysts and admins.',
    admin: 'Admins only.',
  }[operation.access];
  const csrf = operation.csrf ? ' Send the session’s CSRF token as X-CSRF-Token, from this site.' : '';
  const token = operation.sessionOnly
    ? ' A browser session only: an API token is refused.'
    : ' Or send an API token as Authorization: Bearer, with no cookie or CSRF token.';
  return {
    operationId: operation.id,
    tags: [operation.tag],
    summary: operation.summary,
    description: [operation.description, `${access}${csrf}${operation.access === 'public' ? '' : token}`]
      .filter(Boolean)
      .join('\n\n'),
    ...(parameters(operation).length > 0 && { parameters: parameters(operation) }),
    ...(operation.body && {
      requestBody: {
        required: true,
        content: { 'application/json': { schema: schemaFor(operation.body, 'input') } },
      },
    }),
    responses,
    ...security(operation),
  };
}

/** The OpenAPI 3.1 document, generated from the operation list and the shared zod schemas. */
export function buildOpenApiDocument(options: {
  publicOrigin?: string;
  cookieName: string;
}): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const operation of OPERATIONS) {
    const path = openApiPath(operation.path);
    paths[path] = { ...paths[path], [operation.method]: operationObject(operation) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Accord Tracker API',
      version: 'v1',
      description:
        'Where every commitment of an agreement stands, how it got there, and the sources. JSON under /api/v1, ' +
        'camelCase; every error is {"error": {"code", "message"}}. Open data: CSV and JSON exports, Atom feeds, ' +
        'SVG badges and embeddable cards.',
    },
    servers: [{ url: options.publicOrigin ?? '/' }],
    tags: [...new Set(OPERATIONS.map((operation) => operation.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: componentSchemas(),
      responses: Object.fromEntries(
        Object.values(ERROR_RESPONSES).map(({ name, description }) => [
          name,
          {
            description,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
          },
        ]),
      ),
      securitySchemes: {
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: options.cookieName,
          description: 'The HttpOnly session cookie set by POST /api/v1/session.',
        },
        csrfToken: {
          type: 'apiKey',
          in: 'header',
          name: 'X-CSRF-Token',
          description: 'The csrfToken from the session, required on every state-changing request.',
        },
        apiToken: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'acc_<id>_<secret>',
          description:
            'A personal API token for scripts, created in the analyst workspace (POST /api/v1/tokens): ' +
            'Authorization: Bearer acc_…, with no cookie, CSRF token or Origin.',
        },
      },
    },
  };
}
