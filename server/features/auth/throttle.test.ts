import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, signInFailures } from '../../db/schema/index.ts';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.ts';
import { TEST_PASSWORD, createTestUser, signInAs, signInRequest } from '../../test-support/sessions.ts';
import { startTestServer } from '../../test-support/test-server.ts';
import type { TestServer } from '../../test-support/test-server.ts';

const WRONG = 'wrong-password-but-long';
const from = (address: string) => ({ 'x-forwarded-for': address });

describe.each(TEST_DATABASE_KINDS)('sign-in throttle on %s', (kind) => {
  let server: TestServer;
  const audited = async (username: string, action: string) =>
    (
      await server.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entity, `user:${username}`), eq(auditEvents.action, action)))
    ).length;

  beforeAll(async () => {
    server = await startTestServer(kind, undefined, { trustProxy: '1' });
  });
  afterAll(() => server?.close());

  it('300 concurrent guesses from one address: only the allowed few are checked, the rest refused and counted', async () => {
    const username = await createTestUser(server, 'analyst');
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: 300 }, () => signInRequest(server, username, WRONG, from('198.51.100.7'))),
    );
    const seconds = (performance.now() - started) / 1000;
    // 3 free attempts, then waits of 1 s, 2 s, 4 s…: while the burst is served, only those may get through.
    const allowed = 3 + Math.floor(Math.log2(seconds + 1));
    const statuses = answers.map((answer) => answer.status);
    const checked = statuses.filter((status) => status === 401).length;
    const refused = statuses.filter((status) => status === 429).length;
    console.log(
      `throttle race: 300 concurrent guesses in ${seconds.toFixed(1)} s, ${checked} checked (allowed ${allowed}), ${refused} refused`,
    );
    expect(checked).toBeLessThanOrEqual(allowed);
    expect(checked + refused).toBe(300);
    // Refusals are counted in the throttle table, not written to the audit log one row each.
    const rows = await server.database.db
      .select()
      .from(signInFailures)
      .where(inArray(signInFailures.key, [`pair:${username}|198.51.100.7`, 'address:198.51.100.7']));
    expect(rows.reduce((sum, row) => sum + row.throttledAttempts, 0)).toBe(refused);
    expect(await audited(username, 'session.failed')).toBe(checked);
    expect(await audited(username, 'session.throttled')).toBeLessThanOrEqual(2); // one when each key starts waiting
  }, 60_000);

  it('failures from rotating addresses never lock the owner out of their own address', async () => {
    const username = await createTestUser(server, 'analyst');
    for (let i = 1; i <= 12; i++) {
      for (let j = 0; j < 3; j++) await signInRequest(server, username, WRONG, from(`203.0.113.${i}`));
    }
    const owner = await signInRequest(server, username, TEST_PASSWORD, from('192.0.2.10'));
    expect(owner.status).toBe(200);
  }, 60_000);

  it('an admin can clear a throttle, and that is audited', async () => {
    const username = await createTestUser(server, 'analyst');
    for (let i = 0; i < 3; i++) await signInRequest(server, username, WRONG, from('192.0.2.20'));
    expect((await signInRequest(server, username, TEST_PASSWORD, from('192.0.2.20'))).status).toBe(429);

    const admin = await signInAs(server, 'admin');
    const listed = (await (await admin.send('GET', '/api/v1/sign-in-throttles')).json()) as {
      throttles: { key: string; refused: number }[];
    };
    expect(listed.throttles.find((t) => t.key === `pair:${username}|192.0.2.20`)?.refused).toBe(1);
    const cleared = await admin.send('POST', '/api/v1/sign-in-throttles/clear', { username });
    expect(cleared.status).toBe(200);
    expect(((await cleared.json()) as { cleared: number }).cleared).toBe(1);
    expect(await audited(username, 'throttle.cleared')).toBe(1);
    expect((await signInRequest(server, username, TEST_PASSWORD, from('192.0.2.20'))).status).toBe(200);
  });
});
