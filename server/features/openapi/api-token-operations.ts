import { z } from 'zod';
import {
  apiTokenCreateSchema,
  apiTokenCreatedSchema,
  apiTokenListSchema,
} from '../../../shared/contracts/api-tokens.ts';
import { MAX_INT32 } from '../../../shared/domain/limits.ts';
import type { Operation } from './operations.ts';

const TAG = 'API tokens';

/** Personal API tokens for scripts (decision 036): managed from a browser session only. */
export const API_TOKEN_OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/v1/tokens',
    id: 'listApiTokens',
    tag: TAG,
    summary: 'Your API tokens: name, state, expiry and last use, never the token itself',
    access: 'signed-in',
    sessionOnly: true,
    success: { 200: { description: 'Your tokens, newest first', json: apiTokenListSchema } },
    errors: [401, 403],
  },
  {
    method: 'post',
    path: '/api/v1/tokens',
    id: 'createApiToken',
    tag: TAG,
    summary: 'Create an API token; the answer is the only time the token is shown',
    description:
      'expiresInDays is 1 to 365 (default 90). Only the SHA-256 of the secret is stored; creation is in the ' +
      'audit log. At most 20 active tokens per account (409 beyond).',
    access: 'signed-in',
    sessionOnly: true,
    csrf: true,
    body: apiTokenCreateSchema,
    success: { 201: { description: 'Created: keep `token` now', json: apiTokenCreatedSchema } },
    errors: [400, 401, 403, 409, 413],
  },
  {
    method: 'delete',
    path: '/api/v1/tokens/:id',
    id: 'revokeApiToken',
    tag: TAG,
    summary: 'Revoke an API token: your own, or anyone’s for an admin',
    description:
      'Takes effect at once; revoking a revoked token changes nothing. Revocation is in the audit log.',
    access: 'signed-in',
    sessionOnly: true,
    csrf: true,
    pathParams: { id: { schema: z.number().int().min(1).max(MAX_INT32), description: 'The token’s id.' } },
    success: { 204: { description: 'Revoked' } },
    errors: [400, 401, 403, 404],
  },
];
