import { z } from 'zod';
import { requiredText } from './writes.ts';

/** Limits of personal API tokens (decision 036). */
export const API_TOKEN_LIMITS = {
  nameMax: 80,
  expiresInDaysMax: 365,
  expiresInDaysDefault: 90,
  /** Active (unrevoked, unexpired) tokens one account may hold. */
  activeMax: 20,
} as const;

/** Every token starts with this, so a leaked one is recognisable (secret scanners, logs). */
export const API_TOKEN_PREFIX = 'acc_';

/** POST /tokens: a name to recognise it by, and how long it lives (a whole number of days). */
export const apiTokenCreateSchema = z.strictObject({
  name: requiredText(API_TOKEN_LIMITS.nameMax, 'Name'),
  expiresInDays: z
    .number()
    .int('A whole number of days')
    .min(1, 'At least 1 day')
    .max(API_TOKEN_LIMITS.expiresInDaysMax, `At most ${API_TOKEN_LIMITS.expiresInDaysMax} days`)
    .optional()
    .default(API_TOKEN_LIMITS.expiresInDaysDefault),
});
export type ApiTokenCreate = z.infer<typeof apiTokenCreateSchema>;

export const API_TOKEN_STATES = ['active', 'expired', 'revoked'] as const;

/** A token as listed: never its secret. */
export const apiTokenSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  /** The token's first characters ("acc_12_"), to tell which one a script holds. */
  hint: z.string(),
  state: z.enum(API_TOKEN_STATES),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const apiTokenListSchema = z.object({ tokens: z.array(apiTokenSchema) });
export type ApiTokenList = z.infer<typeof apiTokenListSchema>;

/** The answer to POST /tokens: the only time the token itself is shown. */
export const apiTokenCreatedSchema = z.object({ token: z.string(), apiToken: apiTokenSchema });
export type ApiTokenCreated = z.infer<typeof apiTokenCreatedSchema>;
