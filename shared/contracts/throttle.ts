import { z } from 'zod';
import { usernameSchema } from './auth.ts';

/** POST /sign-in-throttles/clear (admins): forget the sign-in attempts of an account, an address, or both. */
export const throttleClearSchema = z
  .strictObject({
    username: usernameSchema.optional(),
    address: z
      .string()
      .trim()
      .min(2)
      .max(64)
      .regex(/^[0-9A-Fa-f.:]+$/, 'Expected an IPv4 or IPv6 address')
      .optional(),
  })
  .refine((value) => value.username || value.address, 'Name a username, an address, or both');
export type ThrottleClear = z.infer<typeof throttleClearSchema>;

/** GET /sign-in-throttles (admins): who is being slowed down, and how often they were refused. */
export const throttleEntrySchema = z.object({
  key: z.string(),
  attempts: z.number().int(),
  refused: z.number().int(),
  lastAttemptAt: z.string(),
  blockedUntil: z.string().nullable(),
});
export type ThrottleEntry = z.infer<typeof throttleEntrySchema>;

export const throttleListSchema = z.object({ throttles: z.array(throttleEntrySchema) });
export const throttleClearedSchema = z.object({ cleared: z.number().int() });
