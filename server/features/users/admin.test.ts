import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEventSchema, userSchema } from '../../../shared/contracts/admin.ts';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.ts';
import { makeAgreement, makeCommitment } from '../../test-support/factories.ts';
import { signIn, signInAs, signInRequest } from '../../test-support/sessions.ts';
import type { TestClient } from '../../test-support/sessions.ts';
import { startTestServer } from '../../test-support/test-server.ts';
import type { TestServer } from '../../test-support/test-server.ts';

describe.each(TEST_DATABASE_KINDS)('admin: accounts and audit log on %s', (kind) => {
  let server: TestServer;
  let admin: TestClient;

  beforeAll(async () => {
    server = await startTestServer(kind, [
      makeAgreement({ commitments: [makeCommitment({ slug: 'audited' })] }),
    ]);
    admin = await signInAs(server, 'admin');
  });
  afterAll(() => server?.close());

  it('creates an account, lists it without its password hash, and the new analyst can sign in', async () => {
    const created = await admin.send('POST', '/api/v1/users', {
      username: 'new.analyst',
      displayName: 'New Analyst',
      role: 'analyst',
      password: 'a-long-fine-password',
    });
    expect(created.status).toBe(201);
    expect(userSchema.parse(await created.json())).toMatchObject({
      username: 'new.analyst',
      disabled: false,
    });
    const list = (await (await admin.send('GET', '/api/v1/users')).json()) as { users: unknown[] };
    expect(JSON.stringify(list)).not.toContain('argon2');
    expect(list.users.map((user) => userSchema.parse(user).username)).toContain('new.analyst');
    const duplicate = await admin.send('POST', '/api/v1/users', {
      username: 'new.analyst',
      displayName: 'Again',
      role: 'analyst',
      password: 'a-long-fine-password',
    });
    expect(duplicate.status).toBe(409);
    expect((await signInRequest(server, 'new.analyst', 'a-long-fine-password')).status).toBe(200);
  });

  it('changes a role, disables and re-enables an account', async () => {
    const promoted = await admin.send('PATCH', '/api/v1/users/new.analyst', { role: 'admin' });
    expect(userSchema.parse(await promoted.json()).role).toBe('admin');
    const disabled = await admin.send('PATCH', '/api/v1/users/new.analyst', { disabled: true });
    expect(userSchema.parse(await disabled.json()).disabled).toBe(true);
    expect((await signInRequest(server, 'new.analyst', 'a-long-fine-password')).status).toBe(401);
    await admin.send('PATCH', '/api/v1/users/new.analyst', { disabled: false });
    const back = await signIn(server, 'new.analyst', 'a-long-fine-password');
    expect((await back.send('GET', '/api/v1/users')).status).toBe(200);
    expect((await admin.send('PATCH', '/api/v1/users/nobody-at-all', { disabled: true })).status).toBe(404);
  });

  it('browses the audit log newest first, filtered by user and by commitment, in pages', async () => {
    const analyst = await signInAs(server, 'analyst');
    const published = await analyst.send('POST', '/api/v1/commitments/audited/updates', {
      status: 'in_progress',
      actors: ['ROK'],
      effectiveOn: '2020-01-01',
      summary: 'A first step',
      sources: [{ url: 'https://example.org/x', title: 'X', kind: 'news' }],
      baseVersion: 1,
    });
    expect(published.status).toBe(201);
    const byCommitment = (await (await admin.send('GET', '/api/v1/audit?commitment=audited')).json()) as {
      events: unknown[];
    };
    const events = byCommitment.events.map((event) => auditEventSchema.parse(event));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actor: analyst.username,
      action: 'update.published',
      entity: 'commitment:audited',
    });
    expect(events[0]!.requestId).toBeTruthy();
    expect(events[0]!.clientAddress).toBeTruthy();

    const byUser = (await (await admin.send('GET', `/api/v1/audit?actor=${analyst.username}`)).json()) as {
      events: { action: string }[];
    };
    expect(byUser.events.map((event) => event.action)).toEqual(['update.published', 'session.created']);

    const first = (await (await admin.send('GET', '/api/v1/audit?limit=2')).json()) as {
      events: { id: number }[];
      nextBefore: number;
    };
    expect(first.events).toHaveLength(2);
    expect(first.events[0]!.id).toBeGreaterThan(first.events[1]!.id);
    const next = (await (
      await admin.send('GET', `/api/v1/audit?limit=2&before=${first.nextBefore}`)
    ).json()) as { events: { id: number }[] };
    expect(next.events[0]!.id).toBeLessThan(first.events[1]!.id);
    expect((await admin.send('GET', '/api/v1/audit?limit=0')).status).toBe(400);
  });
});
