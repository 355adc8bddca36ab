import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';
import type { UserRow } from '../../db/schema/index.ts';
import type { User, UserCreate, UserPatch } from '../../../shared/contracts/admin.ts';
import type { Role } from '../../../shared/domain/limits.ts';
import { HttpError, conflict, notFound } from '../../http/errors.ts';
import type { Actor } from '../audit/record.ts';
import { recordAudit } from '../audit/record.ts';
import { assertAcceptablePassword, hashPassword } from '../auth/passwords.ts';
import { endUserSessions } from '../auth/sessions.ts';

export function presentUser(row: UserRow): User {
  return {
    username: row.username,
    displayName: row.displayName,
    role: row.role as Role,
    disabled: row.disabled,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listUsers(db: Db): Promise<User[]> {
  return (await db.select().from(users).orderBy(asc(users.username))).map(presentUser);
}

/** Creates an account; the password must pass the policy (length, not a common one). */
export async function createUser(db: Db, actor: Actor, input: UserCreate): Promise<User> {
  assertAcceptablePassword(input.password);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
    if (taken) throw conflict(`The username "${input.username}" is taken`);
    const [row] = await tx
      .insert(users)
      .values({ username: input.username, displayName: input.displayName, role: input.role, passwordHash })
      .returning();
    const user = presentUser(row!);
    await recordAudit(tx, actor, { action: 'user.created', entity: `user:${user.username}`, after: user });
    return user;
  });
}

/**
 * Inside the edit's transaction, with every active admin's row locked (so two admins editing each other
 * take turns): the actor must still be an active admin, and disabling or demoting an admin must leave
 * another active one. Without this, two admins disabling each other at once could both succeed.
 */
async function assertAdminsRemain(tx: Db, actor: Actor, username: string, input: UserPatch): Promise<void> {
  const admins = await tx
    .select({ username: users.username })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.disabled, false)))
    .orderBy(asc(users.id))
    .for('update');
  const names = admins.map((admin) => admin.username);
  // An account acting through the API must still be an active admin (scripts act as no account).
  const [actorAccount] = actor.username
    ? await tx.select({ id: users.id }).from(users).where(eq(users.username, actor.username))
    : [];
  if (actorAccount && !names.includes(actor.username!)) {
    throw new HttpError(403, 'forbidden', 'Your account is no longer an active admin');
  }
  const removesAdmin = input.disabled === true || (input.role !== undefined && input.role !== 'admin');
  if (removesAdmin && names.includes(username) && names.length <= 1) {
    throw conflict('This is the last active admin: make another account admin first');
  }
}

/**
 * Changes role, display name, disabled flag or password. Any change to role, access or password ends the
 * account's sessions. Admins cannot disable or demote themselves, so the tracker is never left without one.
 */
export async function patchUser(db: Db, actor: Actor, username: string, input: UserPatch): Promise<User> {
  if (username === actor.username && (input.disabled === true || (input.role && input.role !== 'admin'))) {
    throw new HttpError(400, 'validation_error', 'You cannot disable or demote your own account');
  }
  if (input.password) assertAcceptablePassword(input.password);
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return db.transaction(async (tx) => {
    await assertAdminsRemain(tx, actor, username, input);
    const [before] = await tx.select().from(users).where(eq(users.username, username));
    if (!before) throw notFound(`User "${username}"`);
    const { password: _password, ...fields } = input;
    const [row] = await tx
      .update(users)
      .set({ ...fields, ...(passwordHash && { passwordHash }) })
      .where(eq(users.id, before.id))
      .returning();
    if (input.password || input.disabled !== undefined || input.role) await endUserSessions(tx, before.id);
    const user = presentUser(row!);
    await recordAudit(tx, actor, {
      action: 'user.edited',
      entity: `user:${username}`,
      before: presentUser(before),
      after: { ...user, ...(input.password && { passwordReset: true }) },
    });
    return user;
  });
}
