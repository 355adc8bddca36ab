import { and, count, desc, eq, gt, isNull } from 'drizzle-orm';
import type { ApiToken, ApiTokenCreate, ApiTokenCreated } from '../../../shared/contracts/api-tokens.ts';
import { API_TOKEN_LIMITS } from '../../../shared/contracts/api-tokens.ts';
import type { Db } from '../../db/client.ts';
import { apiTokens, users } from '../../db/schema/index.ts';
import type { ApiTokenRow, UserRow } from '../../db/schema/index.ts';
import { conflict, notFound } from '../../http/errors.ts';
import type { Actor } from '../audit/record.ts';
import { recordAudit } from '../audit/record.ts';
import { formatToken, newSecret, parseToken, secretMatches, tokenHint } from './token-format.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
// lastUsedAt is written at most this often, so a busy script does not turn every request into two writes.
const TOUCH_EVERY_MS = 60 * 1000;

function stateOf(row: ApiTokenRow, now: Date): ApiToken['state'] {
  if (row.revokedAt) return 'revoked';
  return now >= row.expiresAt ? 'expired' : 'active';
}

/** A token row as the API shows it: never the secret or its hash. */
export function presentApiToken(row: ApiTokenRow, now = new Date()): ApiToken {
  return {
    id: row.id,
    name: row.name,
    hint: tokenHint(row.id),
    state: stateOf(row, now),
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** The account's own tokens, newest first, including revoked and expired ones. */
export async function listApiTokens(db: Db, userId: number): Promise<ApiToken[]> {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.id));
  const now = new Date();
  return rows.map((row) => presentApiToken(row, now));
}

/** Creates a token for the account; the answer carries the token itself, which is never shown again. */
export async function createApiToken(
  db: Db,
  actor: Actor,
  user: UserRow,
  input: ApiTokenCreate,
): Promise<ApiTokenCreated> {
  const now = new Date();
  const { secret, secretHash } = newSecret();
  return db.transaction(async (tx) => {
    // Locking the account's row makes two simultaneous creations take turns, so the cap holds.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, user.id)).for('update');
    const [active] = await tx
      .select({ n: count() })
      .from(apiTokens)
      .where(and(eq(apiTokens.userId, user.id), isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, now)));
    if ((active?.n ?? 0) >= API_TOKEN_LIMITS.activeMax) {
      throw conflict(`You have ${API_TOKEN_LIMITS.activeMax} active tokens: revoke one first`);
    }
    const [row] = await tx
      .insert(apiTokens)
      .values({
        userId: user.id,
        name: input.name,
        secretHash,
        createdAt: now,
        expiresAt: new Date(now.getTime() + input.expiresInDays * DAY_MS),
      })
      .returning();
    const apiToken = presentApiToken(row!, now);
    await recordAudit(tx, actor, {
      action: 'token.created',
      entity: `user:${user.username}`,
      after: { id: apiToken.id, name: apiToken.name, expiresAt: apiToken.expiresAt },
    });
    return { token: formatToken(row!.id, secret), apiToken };
  });
}

/**
 * Revokes a token: the owner's own, or anyone's for an admin. Someone else's token is "not found" to an
 * analyst, so ids reveal nothing. Revoking a revoked token changes nothing and is not audited again.
 */
export async function revokeApiToken(db: Db, actor: Actor, user: UserRow, tokenId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [found] = await tx
      .select({ token: apiTokens, owner: users.username })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(eq(apiTokens.id, tokenId))
      .for('update');
    if (!found || (found.token.userId !== user.id && user.role !== 'admin')) throw notFound('The token');
    if (found.token.revokedAt) return;
    const revokedAt = new Date();
    await tx.update(apiTokens).set({ revokedAt }).where(eq(apiTokens.id, tokenId));
    await recordAudit(tx, actor, {
      action: 'token.revoked',
      entity: `user:${found.owner}`,
      before: { id: tokenId, name: found.token.name, revokedAt: null },
      after: { id: tokenId, name: found.token.name, revokedAt: revokedAt.toISOString() },
    });
  });
}

/** The account a bearer token acts for, or undefined: malformed, unknown, wrong secret, revoked, expired, disabled. */
export async function resolveApiToken(
  db: Db,
  token: string,
  now = new Date(),
): Promise<{ tokenId: number; user: UserRow } | undefined> {
  const parsed = parseToken(token);
  if (!parsed) return undefined;
  const [found] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.id, parsed.id));
  if (!found || !secretMatches(parsed.secret, found.token.secretHash)) return undefined;
  if (found.token.revokedAt || now >= found.token.expiresAt || found.user.disabled) return undefined;
  const lastUsed = found.token.lastUsedAt?.getTime() ?? 0;
  if (now.getTime() - lastUsed > TOUCH_EVERY_MS) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, parsed.id));
  }
  return { tokenId: parsed.id, user: found.user };
}
