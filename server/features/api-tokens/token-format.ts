import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { API_TOKEN_PREFIX } from '../../../shared/contracts/api-tokens.ts';
import { MAX_INT32 } from '../../../shared/domain/limits.ts';

// "acc_<row id>_<43 base64url characters>": the id makes look-up one primary-key read; the secret is
// 256 random bits, so guessing is hopeless and needs no throttle (decision 036).
const TOKEN_PATTERN = new RegExp(`^${API_TOKEN_PREFIX}([1-9][0-9]{0,9})_([A-Za-z0-9_-]{43})$`);

/** A fresh secret and the SHA-256 that is stored in its place. */
export function newSecret(): { secret: string; secretHash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { secret, secretHash: hashSecret(secret) };
}

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** The first characters of a token, safe to show and log. */
export const tokenHint = (id: number) => `${API_TOKEN_PREFIX}${id}_`;

export const formatToken = (id: number, secret: string) => `${tokenHint(id)}${secret}`;

/** Splits a presented token into its id and secret; undefined when it is not one of ours. */
export function parseToken(token: string): { id: number; secret: string } | undefined {
  const match = TOKEN_PATTERN.exec(token);
  if (!match) return undefined;
  const id = Number(match[1]);
  return id <= MAX_INT32 ? { id, secret: match[2]! } : undefined;
}

/** Compares the presented secret with the stored hash in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
