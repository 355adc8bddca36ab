import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';
import type { SessionResponse, SignInRequest } from '../../../shared/contracts/auth.ts';
import type { Role } from '../../../shared/domain/limits.ts';
import { HttpError } from '../../http/errors.ts';
import type { Actor } from '../audit/record.ts';
import { recordAudit } from '../audit/record.ts';
import { decoyPasswordHash, verifyPassword } from './passwords.ts';
import { createSession } from './sessions.ts';
import { forgiveAttempt, reserveAttempt, throttleKeys } from './throttle.ts';

export class ThrottledError extends HttpError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'rate_limited', `Too many failed sign-ins. Try again in ${retryAfterSeconds} seconds.`);
  }
}

const BAD_CREDENTIALS = 'The username or password is not right.';

/**
 * Checks credentials and starts a session. Unknown user, disabled account and wrong password give the
 * same answer after the same work; attempts are counted per (account, address) and per address, before the
 * password is checked, and slow down retries (decision 033).
 */
export async function signIn(
  db: Db,
  credentials: SignInRequest,
  actor: Actor,
): Promise<SessionResponse & { token: string }> {
  const username = credentials.username.trim().toLowerCase();
  const keys = throttleKeys(username, actor.clientAddress ?? 'unknown');
  // Counted before the password is checked, so concurrent guesses are limited as well as serial ones.
  for (const kind of ['address', 'pair'] as const) {
    const attempt = await reserveAttempt(db, kind, keys[kind]);
    if (!attempt.allowed) throw new ThrottledError(Math.ceil(attempt.retryAfterMs / 1000));
    if (attempt.engaged) {
      await recordAudit(db, actor, {
        action: 'session.throttled',
        entity: `user:${username}`,
        after: { by: kind },
      });
    }
  }

  const [user] = await db.select().from(users).where(eq(users.username, username));
  const passwordOk = await verifyPassword(
    user?.passwordHash ?? (await decoyPasswordHash()),
    credentials.password,
  );
  if (!user || !passwordOk || user.disabled) {
    await recordAudit(db, actor, { action: 'session.failed', entity: `user:${username}` });
    throw new HttpError(401, 'unauthenticated', BAD_CREDENTIALS);
  }

  await forgiveAttempt(db, keys);
  const { token, csrfToken } = await createSession(db, user.id);
  await recordAudit(
    db,
    { ...actor, username: user.username },
    { action: 'session.created', entity: `user:${user.username}` },
  );
  return {
    token,
    csrfToken,
    user: { username: user.username, displayName: user.displayName, role: user.role as Role },
  };
}
