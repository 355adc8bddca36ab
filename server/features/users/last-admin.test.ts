import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema/index.ts';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.ts';
import { signInAs } from '../../test-support/sessions.ts';
import { startTestServer } from '../../test-support/test-server.ts';
import type { TestServer } from '../../test-support/test-server.ts';

describe.each(TEST_DATABASE_KINDS)('admins and passwords on %s', (kind) => {
  let server: TestServer;
  const activeAdmins = async () =>
    (
      await server.database.db
        .select()
        .from(users)
        .where(and(eq(users.role, 'admin'), eq(users.disabled, false)))
    ).length;

  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  it('two admins disabling each other at the same moment never leave the tracker without an active admin', async () => {
    let refusals = 0;
    for (let round = 0; round < 5; round++) {
      await server.database.db.update(users).set({ disabled: true }).where(eq(users.role, 'admin'));
      const [first, second] = [await signInAs(server, 'admin'), await signInAs(server, 'admin')];
      const answers = await Promise.all([
        first.send('PATCH', `/api/v1/users/${second.username}`, { disabled: true }),
        second.send('PATCH', `/api/v1/users/${first.username}`, { disabled: true }),
      ]);
      const statuses = answers.map((answer) => answer.status).sort();
      // One wins; the other is refused: 409 or 403 (checked in the transaction), or 401 when the winner's change
      // had already ended the loser's session before its request was read.
      expect(statuses[0]).toBe(200);
      expect([401, 403, 409]).toContain(statuses[1]);
      refusals++;
      expect(await activeAdmins()).toBe(1);
    }
    console.log(`last admin: 5 rounds of mutual disabling, ${refusals} refused, 1 active admin after each`);
  });

  it('two admins demoting each other at the same moment leave one admin', async () => {
    await server.database.db.update(users).set({ disabled: true }).where(eq(users.role, 'admin'));
    const [first, second] = [await signInAs(server, 'admin'), await signInAs(server, 'admin')];
    await Promise.all([
      first.send('PATCH', `/api/v1/users/${second.username}`, { role: 'analyst' }),
      second.send('PATCH', `/api/v1/users/${first.username}`, { role: 'analyst' }),
    ]);
    expect(await activeAdmins()).toBe(1);
  });

  it('refuses a password of only spaces, or shorter than 12 characters once trimmed', async () => {
    const admin = await signInAs(server, 'admin');
    for (const password of [' '.repeat(20), `  short-pw1  ${' '.repeat(8)}`, '\t\t\t\t\t\t\t\t\t\t\t\t\t']) {
      const created = await admin.send('POST', '/api/v1/users', {
        username: `spacey-${Math.random().toString(36).slice(2, 8)}`,
        displayName: 'Spacey',
        role: 'analyst',
        password,
      });
      expect(created.status, JSON.stringify(password)).toBe(400);
      const patched = await admin.send('PATCH', `/api/v1/users/${admin.username}`, { password });
      expect(patched.status, JSON.stringify(password)).toBe(400);
    }
  });
});
