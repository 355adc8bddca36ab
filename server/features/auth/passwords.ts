import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { newPasswordSchema } from '../../../shared/contracts/auth.ts';
import { HttpError } from '../../http/errors.ts';

// OWASP's minimum for argon2id: 19 MiB, 2 iterations, 1 lane. (2 is Algorithm.Argon2id, a const enum
// that verbatimModuleSyntax cannot import.)
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

const commonPasswords = new Set(
  readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.toLowerCase()),
);

/** Throws a 400 when a new password is too short, too long, or among the most common ones. */
export function assertAcceptablePassword(password: string): void {
  const shape = newPasswordSchema.safeParse(password);
  if (!shape.success) {
    throw new HttpError(
      400,
      'validation_error',
      `Password: ${shape.error.issues[0]?.message ?? 'not acceptable'}`,
    );
  }
  if (commonPasswords.has(password.toLowerCase())) {
    throw new HttpError(400, 'validation_error', 'Password: this password is too common; choose another');
  }
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the account does not exist makes "no such user" cost the same as
// "wrong password", so timing does not tell which usernames exist.
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return decoyHash;
}
