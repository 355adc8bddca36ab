import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../../shared/contracts/common.ts';
import { sessionResponseSchema } from '../../../shared/contracts/auth.ts';
import { auditEvents, sessions } from '../../db/schema/index.ts';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.ts';
import {
  TEST_PASSWORD,
  createTestUser,
  signIn,
  signInAs,
  signInRequest,
} from '../../test-support/sessions.ts';
import { startTestServer } from '../../test-support/test-server.ts';
import type { TestServer } from '../../test-support/test-server.ts';
import { signInFailures } from '../../db/schema/index.ts';
import { delayAfter } from './throttle.ts';
import { SESSION_IDLE_MS } from './sessions.ts';

describe('throttle delays', () => {
  it('start after the free failures and double, up to a cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => delayAfter('pair', n))).toEqual([0, 0, 1000, 2000, 4000, 8000]);
    expect(delayAfter('address', 9)).toBe(0);
    expect(delayAfter('address', 10)).toBe(1000);
    expect(delayAfter('pair', 40)).toBe(15 * 60 * 1000);
  });
});

describe.each(TEST_DATABASE_KINDS)('sessions on %s', (kind) => {
  let server: TestServer;
  const errorCode = async (response: Response) => apiErrorSchema.parse(await response.json()).error.code;
  const actions = async (entity: string) =>
    (await server.database.db.select().from(auditEvents).where(eq(auditEvents.entity, entity))).map(
      (event) => event.action,
    );

  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  it('signs in with an HttpOnly SameSite cookie and a fresh token each time; the hash, not the token, is stored', async () => {
    const username = await createTestUser(server, 'analyst');
    const first = await signInRequest(server, username, TEST_PASSWORD);
    expect(first.status).toBe(200);
    const body = sessionResponseSchema.parse(await first.json());
    expect(body.user).toMatchObject({ username, role: 'analyst' });
    const [sessionCookie, hint] = first.headers.getSetCookie();
    expect(sessionCookie).toMatch(
      /^accord_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=43200$/,
    );
    expect(hint).toMatch(/^accord_signed_in=1; Path=\/; SameSite=Lax/);
    const token = sessionCookie!.split(';')[0]!.split('=')[1]!;
    const second = await signInRequest(server, username, TEST_PASSWORD);
    expect(second.headers.getSetCookie()[0]).not.toContain(token);
    const stored = await server.database.db.select().from(sessions);
    expect(stored.some((row) => row.tokenHash === token)).toBe(false);
    expect(stored.every((row) => /^[0-9a-f]{64}$/.test(row.tokenHash))).toBe(true);
    expect(await actions(`user:${username}`)).toContain('session.created');
  });

  it('answers unknown users, wrong passwords and disabled accounts alike', async () => {
    const username = await createTestUser(server, 'analyst');
    const disabled = await createTestUser(server, 'analyst', { disabled: true });
    const answers = await Promise.all([
      signInRequest(server, 'nobody-here', TEST_PASSWORD),
      signInRequest(server, username, 'wrong-password-but-long'),
      signInRequest(server, disabled, TEST_PASSWORD),
    ]);
    const bodies = await Promise.all(answers.map((answer) => answer.json()));
    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401]);
    expect(new Set(bodies.map((body) => JSON.stringify(body))).size).toBe(1);
    expect(await actions(`user:${username}`)).toContain('session.failed');
    await server.database.db.delete(signInFailures);
  });

  it('takes about as long for an unknown user as for a wrong password', async () => {
    const username = await createTestUser(server, 'analyst');
    const time = async (name: string) => {
      const started = performance.now();
      await signInRequest(server, name, 'wrong-password-but-long');
      return performance.now() - started;
    };
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const unknown: number[] = [];
    const known: number[] = [];
    for (let i = 0; i < 3; i++) {
      unknown.push(await time(`ghost-${i}`));
      known.push(await time(username));
      await server.database.db.delete(signInFailures);
    }
    // Both run one argon2id verification; without the decoy hash an unknown user would answer ~10x faster.
    expect(median(unknown) / median(known)).toBeGreaterThan(0.5);
  });

  it('throttles repeated failures per account with 429 and Retry-After, and audits it', async () => {
    const username = await createTestUser(server, 'analyst');
    for (let i = 0; i < 3; i++)
      expect((await signInRequest(server, username, 'wrong-password-but-long')).status).toBe(401);
    const throttled = await signInRequest(server, username, TEST_PASSWORD);
    expect(throttled.status).toBe(429);
    expect(await errorCode(throttled)).toBe('rate_limited');
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await actions(`user:${username}`)).toContain('session.throttled');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await signInRequest(server, username, TEST_PASSWORD)).status).toBe(200);
    await server.database.db.delete(signInFailures);
  });

  it('throttles per client address across accounts', async () => {
    for (let i = 0; i < 10; i++) await signInRequest(server, `someone-${i}`, 'wrong-password-but-long');
    const username = await createTestUser(server, 'analyst');
    expect((await signInRequest(server, username, TEST_PASSWORD)).status).toBe(429);
    await server.database.db.delete(signInFailures);
  });

  it('refuses a cross-site sign-in', async () => {
    const username = await createTestUser(server, 'analyst');
    const response = await signInRequest(server, username, TEST_PASSWORD, { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
  });

  it('refuses writes from another origin, without an Origin, or with a wrong token', async () => {
    const client = await signInAs(server, 'admin');
    const body = {
      username: 'never-made',
      displayName: 'N',
      role: 'analyst',
      password: 'a-long-fine-password',
    };
    expect(
      (await client.send('POST', '/api/v1/users', body, { origin: 'https://evil.example' })).status,
    ).toBe(403);
    expect((await client.send('POST', '/api/v1/users', body, { origin: '' })).status).toBe(403);
    expect(
      (await client.send('POST', '/api/v1/users', body, { origin: '', 'sec-fetch-site': 'cross-site' }))
        .status,
    ).toBe(403);
    expect((await client.send('POST', '/api/v1/users', body, { 'x-csrf-token': 'forged' })).status).toBe(403);
    const sameOrigin = await client.send('POST', '/api/v1/users', body, {
      origin: '',
      'sec-fetch-site': 'same-origin',
    });
    expect(sameOrigin.status).toBe(201);
  });

  it('signs out on the server: the old cookie no longer works', async () => {
    const client = await signInAs(server, 'analyst');
    expect((await client.send('GET', '/api/v1/session')).status).toBe(200);
    const out = await client.send('DELETE', '/api/v1/session');
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie()[0]).toContain('Max-Age=0');
    expect((await client.send('GET', '/api/v1/session')).status).toBe(401);
    expect(await actions(`user:${client.username}`)).toContain('session.ended');
  });

  it('ends a session idle for 30 minutes, or 12 hours after sign-in', async () => {
    const idle = await signInAs(server, 'analyst');
    await server.database.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - SESSION_IDLE_MS - 1000) })
      .where(eq(sessions.id, (await server.database.db.select().from(sessions)).at(-1)!.id));
    expect((await idle.send('GET', '/api/v1/session')).status).toBe(401);

    const old = await signInAs(server, 'analyst');
    await server.database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.id, (await server.database.db.select().from(sessions)).at(-1)!.id));
    expect((await old.send('GET', '/api/v1/session')).status).toBe(401);
  });

  it('ends the sessions of an account that is disabled or whose password is reset', async () => {
    const admin = await signInAs(server, 'admin');
    const analyst = await signInAs(server, 'analyst');
    const reset = await admin.send('PATCH', `/api/v1/users/${analyst.username}`, {
      password: 'a-brand-new-password-9',
    });
    expect(reset.status).toBe(200);
    expect((await analyst.send('GET', '/api/v1/session')).status).toBe(401);
    const again = await signIn(server, analyst.username, 'a-brand-new-password-9');
    expect((await admin.send('PATCH', `/api/v1/users/${analyst.username}`, { disabled: true })).status).toBe(
      200,
    );
    expect((await again.send('GET', '/api/v1/session')).status).toBe(401);
    expect((await signInRequest(server, analyst.username, 'a-brand-new-password-9')).status).toBe(401);
    await server.database.db.delete(signInFailures);
  });

  it('does not let an admin disable or demote themselves', async () => {
    const admin = await signInAs(server, 'admin');
    expect((await admin.send('PATCH', `/api/v1/users/${admin.username}`, { disabled: true })).status).toBe(
      400,
    );
    expect((await admin.send('PATCH', `/api/v1/users/${admin.username}`, { role: 'analyst' })).status).toBe(
      400,
    );
  });
});
