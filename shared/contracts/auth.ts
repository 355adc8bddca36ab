import { z } from 'zod';
import { LIMITS, ROLES } from '../domain/limits.ts';

export const usernameSchema = z
  .string()
  .min(3, 'At least 3 characters')
  .max(LIMITS.usernameMax)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'Lower-case letters, digits, dots, hyphens and underscores');

export const roleSchema = z.enum(ROLES);

/** Sign-in: lengths are loose on purpose, so a wrong password is "wrong", not "invalid". */
export const signInRequestSchema = z.strictObject({
  username: z.string().min(1, 'Enter your username').max(200),
  password: z.string().min(1, 'Enter your password').max(1024),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export const sessionUserSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionResponseSchema = z.object({ user: sessionUserSchema, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

/** The password rule everyone sees; the server adds the common-password check. */
export const newPasswordSchema = z
  .string()
  .min(LIMITS.passwordMin, `At least ${LIMITS.passwordMin} characters`)
  .max(LIMITS.passwordMax, `At most ${LIMITS.passwordMax} characters`)
  // Spaces around a password add nothing a guesser must find: they do not count towards its length.
  .refine(
    (password) => password.trim().length >= LIMITS.passwordMin,
    `At least ${LIMITS.passwordMin} characters besides spaces at the ends`,
  );
