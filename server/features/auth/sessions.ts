import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { sessions, users } from '../../db/schema/index.ts';
import type { UserRow } from '../../db/schema/index.ts';

export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
// lastSeenAt is written at most this often, so reads do not turn every request into a write.
const TOUCH_EVERY_MS = 60 * 1000;

export interface ActiveSession {
  id: number;
  csrfToken: string;
  user: UserRow;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Starts a session: a fresh 256-bit token for the cookie; only its hash is stored. */
export async function createSession(
  db: Db,
  userId: number,
  now = new Date(),
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
  });
  return { token, csrfToken };
}

/** The live session behind a cookie token, or undefined (unknown, idle too long, past its end, account disabled). */
export async function resolveSession(
  db: Db,
  token: string,
  now = new Date(),
): Promise<ActiveSession | undefined> {
  const [found] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, hashToken(token)));
  if (!found) return undefined;
  const { session, user } = found;
  const idle = now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS;
  if (idle || now >= session.expiresAt || user.disabled) {
    await db.delete(sessions).where(eq(sessions.id, session.id));
    return undefined;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, session.id));
  }
  return { id: session.id, csrfToken: session.csrfToken, user };
}

export async function endSession(db: Db, sessionId: number): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user: on disabling, a password reset or a role change. */
export async function endUserSessions(db: Db, userId: number): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
