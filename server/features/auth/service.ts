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
import { clearFailures, recordFailure, retryAfterMs, throttleKey } from './throttle.ts';

export class ThrottledError extends HttpError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'rate_limited', `Too many failed sign-ins. Try again in ${retryAfterSeconds} seconds.`);
  }
}

const BAD_CREDENTIALS = 'The username or password is not right.';

/**
 * Checks credentials and starts a session. Unknown user, disabled account and wrong password give the
 * same answer after the same work; failures are counted per account and per address and slow down retries.
 */
export async function signIn(
  db: Db,
  credentials: SignInRequest,
  actor: Actor,
): Promise<SessionResponse & { token: string }> {
  const username = credentials.username.trim().toLowerCase();
  const accountKey = throttleKey('account', username);
  const addressKey = throttleKey('address', actor.clientAddress ?? 'unknown');
  const wait = await retryAfterMs(db, [accountKey, addressKey]);
  if (wait > 0) {
    await recordAudit(db, actor, { action: 'session.throttled', entity: `user:${username}` });
    throw new ThrottledError(Math.ceil(wait / 1000));
  }

  const [user] = await db.select().from(users).where(eq(users.username, username));
  const passwordOk = await verifyPassword(
    user?.passwordHash ?? (await decoyPasswordHash()),
    credentials.password,
  );
  if (!user || !passwordOk || user.disabled) {
    await recordFailure(db, 'account', accountKey);
    await recordFailure(db, 'address', addressKey);
    await recordAudit(db, actor, { action: 'session.failed', entity: `user:${username}` });
    throw new HttpError(401, 'unauthenticated', BAD_CREDENTIALS);
  }

  await clearFailures(db, accountKey);
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
