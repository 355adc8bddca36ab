import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokenCreatedSchema, apiTokenListSchema } from '../../../shared/contracts/api-tokens.ts';
import { apiErrorSchema } from '../../../shared/contracts/common.ts';
import { queryRows } from '../../db/client.ts';
import { apiTokens, auditEvents, statusUpdates } from '../../db/schema/index.ts';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.ts';
import { makeAgreement, makeCommitment } from '../../test-support/factories.ts';
import { createTestUser, signIn, signInAs } from '../../test-support/sessions.ts';
import type { TestClient } from '../../test-support/sessions.ts';
import { startTestServer } from '../../test-support/test-server.ts';
import type { TestServer } from '../../test-support/test-server.ts';
import { patchUser } from '../users/service.ts';

const SLUG = 'token-commitment';
const agreement = makeAgreement({ commitments: [makeCommitment({ slug: SLUG })] });
const SYSTEM = { username: 'test-setup', requestId: 't', clientAddress: null };

describe.each(TEST_DATABASE_KINDS)('personal API tokens on %s', (kind) => {
  let server: TestServer;
  let analyst: TestClient;

  beforeAll(async () => {
    server = await startTestServer(kind, [agreement]);
    analyst = await signInAs(server, 'analyst');
  });
  afterAll(() => server?.close());

  const createToken = async (client: TestClient, body: unknown = { name: 'CI bot' }) => {
    const response = await client.send('POST', '/api/v1/tokens', body);
    expect(response.status, await response.clone().text()).toBe(201);
    return apiTokenCreatedSchema.parse(await response.json());
  };
  /** A script's request: the bearer token, a JSON body, and no cookie, CSRF token or Origin. */
  const bearer = (token: string, method: string, path: string, body?: unknown) =>
    fetch(server.baseUrl + path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const versionOf = async () => {
    const response = await server.get(`/api/v1/commitments/${SLUG}`);
    return ((await response.json()) as { version: number }).version;
  };
  const publishUpdate = async (token: string, summary: string) =>
    bearer(token, 'POST', `/api/v1/commitments/${SLUG}/updates`, {
      status: 'stalled',
      effectiveOn: '2020-01-01',
      actors: ['ROK'],
      summary,
      sources: [{ url: 'https://example.org/news', title: 'A report', kind: 'news' }],
      baseVersion: await versionOf(),
    });
  const expectError = async (response: Response, status: number) => {
    expect(response.status).toBe(status);
    return apiErrorSchema.parse(await response.json()).error;
  };

  it('creates a token shown once, lists it without the secret, and stores only a hash', async () => {
    const { token, apiToken } = await createToken(analyst, { name: 'Nightly import', expiresInDays: 30 });
    expect(token).toMatch(new RegExp(`^acc_${apiToken.id}_[A-Za-z0-9_-]{43}$`));
    expect(apiToken).toMatchObject({ name: 'Nightly import', state: 'active', lastUsedAt: null });
    const days = (Date.parse(apiToken.expiresAt) - Date.parse(apiToken.createdAt)) / 86_400_000;
    expect(days).toBe(30);

    const listed = await analyst.send('GET', '/api/v1/tokens');
    const text = await listed.text();
    expect(text).not.toContain(token.slice(-43));
    const { tokens } = apiTokenListSchema.parse(JSON.parse(text));
    expect(tokens.map((t) => t.id)).toContain(apiToken.id);

    const secret = token.split('_').slice(2).join('_');
    const everything = await queryRows(server.database.db, sql`select * from api_tokens`);
    expect(JSON.stringify(everything)).not.toContain(secret);
    const audit = await queryRows(server.database.db, sql`select * from audit_events`);
    expect(JSON.stringify(audit)).not.toContain(secret);
  });

  it("defaults to 90 days and lists only the caller's own tokens", async () => {
    const { apiToken } = await createToken(analyst, { name: 'Default expiry' });
    expect((Date.parse(apiToken.expiresAt) - Date.parse(apiToken.createdAt)) / 86_400_000).toBe(90);
    const other = await signInAs(server, 'analyst');
    const { tokens } = apiTokenListSchema.parse(await (await other.send('GET', '/api/v1/tokens')).json());
    expect(tokens).toEqual([]);
  });

  it('a bearer token writes with no cookie, CSRF token or Origin, as its account, and records last use', async () => {
    const { token, apiToken } = await createToken(analyst);
    const response = await publishUpdate(token, 'Published by a script.');
    expect(response.status, await response.clone().text()).toBe(201);
    const [row] = await server.database.db
      .select()
      .from(statusUpdates)
      .where(eq(statusUpdates.summary, 'Published by a script.'));
    expect(row).toBeDefined();
    const [audit] = await server.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'update.published'));
    expect(audit?.actor).toBe(analyst.username);
    const [stored] = await server.database.db.select().from(apiTokens).where(eq(apiTokens.id, apiToken.id));
    expect(stored!.lastUsedAt).not.toBeNull();
  });

  it('revoked, expired, unknown and malformed tokens get 401 in the error shape', async () => {
    const revoked = await createToken(analyst);
    expect((await analyst.send('DELETE', `/api/v1/tokens/${revoked.apiToken.id}`)).status).toBe(204);
    const expired = await createToken(analyst);
    await server.database.db
      .update(apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiTokens.id, expired.apiToken.id));
    const wrongSecret = `${revoked.token.slice(0, -43)}${'A'.repeat(43)}`;
    const candidates = [
      revoked.token,
      expired.token,
      wrongSecret,
      'acc_999999_' + 'B'.repeat(43),
      'nonsense',
    ];
    for (const token of candidates) {
      const error = await expectError(await publishUpdate(token, 'Must not land.'), 401);
      expect(error.code).toBe('unauthenticated');
    }
    const { tokens } = apiTokenListSchema.parse(await (await analyst.send('GET', '/api/v1/tokens')).json());
    expect(tokens.find((t) => t.id === revoked.apiToken.id)?.state).toBe('revoked');
    expect(tokens.find((t) => t.id === expired.apiToken.id)?.state).toBe('expired');
  });

  it("a disabled account's tokens stop working", async () => {
    const username = await createTestUser(server, 'analyst');
    const { token } = await createToken(await signIn(server, username));
    expect((await publishUpdate(token, 'Before disabling.')).status).toBe(201);
    await patchUser(server.database.db, SYSTEM, username, { disabled: true });
    await expectError(await publishUpdate(token, 'After disabling.'), 401);
  });

  it('a token cannot list, mint or revoke tokens, nor sign out', async () => {
    const { token, apiToken } = await createToken(analyst);
    await expectError(await bearer(token, 'GET', '/api/v1/tokens'), 403);
    await expectError(await bearer(token, 'POST', '/api/v1/tokens', { name: 'Child' }), 403);
    await expectError(await bearer(token, 'DELETE', `/api/v1/tokens/${apiToken.id}`), 403);
    await expectError(await bearer(token, 'DELETE', '/api/v1/session'), 403);
  });

  it('only the owner or an admin revokes; both are in the audit log', async () => {
    const { apiToken: mine } = await createToken(analyst, { name: 'To revoke' });
    const stranger = await signInAs(server, 'analyst');
    await expectError(await stranger.send('DELETE', `/api/v1/tokens/${mine.id}`), 404);
    const admin = await signInAs(server, 'admin');
    expect((await admin.send('DELETE', `/api/v1/tokens/${mine.id}`)).status).toBe(204);
    expect((await admin.send('DELETE', `/api/v1/tokens/${mine.id}`)).status).toBe(204);

    const entries = await server.database.db.select().from(auditEvents);
    const about = (action: string) =>
      entries.filter((e) => e.action === action && (e.after as { id?: number })?.id === mine.id);
    expect(about('token.created')).toMatchObject([
      { actor: analyst.username, entity: `user:${analyst.username}` },
    ]);
    expect(about('token.revoked')).toMatchObject([
      { actor: admin.username, entity: `user:${analyst.username}` },
    ]);
  });

  it('bad input is a 400, and nothing is written', async () => {
    const before = (await server.database.db.select().from(apiTokens)).length;
    for (const body of [
      { name: 'x'.repeat(81) },
      { name: '   ' },
      { name: 'ok', expiresInDays: 0 },
      { name: 'ok', expiresInDays: 366 },
      { name: 'ok', expiresInDays: 1.5 },
      { name: 'ok', extra: true },
    ]) {
      const error = await expectError(await analyst.send('POST', '/api/v1/tokens', body), 400);
      expect(error.code).toBe('validation_error');
    }
    for (const id of ['99999999999999999999', '2147483648', '0', '-1', 'abc']) {
      await expectError(await analyst.send('DELETE', `/api/v1/tokens/${id}`), 400);
    }
    expect((await server.database.db.select().from(apiTokens)).length).toBe(before);
  });

  it('a script writing with no cookie, token, Origin or Sec-Fetch-Site is told to use an API token', async () => {
    const response = await fetch(`${server.baseUrl}/api/v1/commitments/${SLUG}/updates`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    const error = await expectError(response, 403);
    expect(error.message).toContain('use an API token: Authorization: Bearer');
    const signInFromScript = await fetch(`${server.baseUrl}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: analyst.username, password: 'whatever-it-is' }),
    });
    expect((await expectError(signInFromScript, 403)).message).toContain('Authorization: Bearer');
    // A browser page always says where it comes from: the same request with Origin is a plain 401.
    const fromPage = await fetch(`${server.baseUrl}/api/v1/commitments/${SLUG}/updates`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
      body: '{}',
    });
    await expectError(fromPage, 401);
  });
});
