import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { listRoutes } from './route-list.ts';
import type { Database } from '../db/client.ts';
import { createLogger } from '../logger.ts';
import { TEST_DATABASE_KINDS } from '../test-support/databases.ts';
import { makeAgreement, makeCommitment, makeUpdate } from '../test-support/factories.ts';
import { createTestUser, signIn, signInAs } from '../test-support/sessions.ts';
import type { TestClient } from '../test-support/sessions.ts';
import { startTestServer } from '../test-support/test-server.ts';
import type { TestServer } from '../test-support/test-server.ts';
import { patchUser } from '../features/users/service.ts';

// token: a script with an analyst's API token (Authorization: Bearer), no cookie, CSRF token or Origin.
// script: no cookie, no token, no Origin: a write is refused with a pointer to API tokens (decision 037).
type Who = 'anonymous' | 'analyst' | 'admin' | 'disabled' | 'noCsrf' | 'token' | 'script';
type Expected = Record<Who, number>;

// Readers get 200; writers who pass authorization reach validation, so an empty body gets 400.
const PUBLIC: Expected = {
  anonymous: 200,
  analyst: 200,
  admin: 200,
  disabled: 200,
  noCsrf: 200,
  token: 200,
  script: 200,
};
const ANALYST_WRITE: Expected = {
  anonymous: 401,
  analyst: 400,
  admin: 400,
  disabled: 401,
  noCsrf: 403,
  token: 400,
  script: 403,
};
const ADMIN_WRITE: Expected = {
  anonymous: 401,
  analyst: 403,
  admin: 400,
  disabled: 401,
  noCsrf: 403,
  token: 403,
  script: 403,
};
const ADMIN_READ: Expected = {
  anonymous: 401,
  analyst: 403,
  admin: 200,
  disabled: 401,
  noCsrf: 200,
  token: 403,
  script: 401,
};
// A browser session's own data: a token has no browser session.
const SIGNED_IN_READ: Expected = { ...ADMIN_READ, analyst: 200, token: 401 };
// Tokens are managed from a signed-in browser only: a token cannot list, mint or revoke tokens.
const TOKEN_ADMIN: Expected = {
  anonymous: 401,
  analyst: 400,
  admin: 400,
  disabled: 401,
  noCsrf: 403,
  token: 403,
  script: 403,
};

const commitment = makeCommitment({ slug: 'matrix-commitment', updates: [makeUpdate()] });
const agreement = makeAgreement({ slug: 'matrix-agreement', commitments: [commitment] });

/** Every route the server registers, with the status each kind of caller must get. */
const MATRIX: Record<string, { path: string; expected: Expected }> = {
  'GET /healthz': { path: '/healthz', expected: PUBLIC },
  'GET /readyz': { path: '/readyz', expected: PUBLIC },
  'GET /api/v1/dashboard': { path: '/api/v1/dashboard', expected: PUBLIC },
  'GET /api/v1/timeline': { path: '/api/v1/timeline', expected: PUBLIC },
  'GET /api/v1/compare': { path: '/api/v1/compare', expected: PUBLIC },
  'GET /api/v1/compare.csv': { path: '/api/v1/compare.csv', expected: PUBLIC },
  'GET /api/v1/agreements': { path: '/api/v1/agreements', expected: PUBLIC },
  'GET /api/v1/agreements/:slug': { path: '/api/v1/agreements/matrix-agreement', expected: PUBLIC },
  'GET /api/v1/commitments': { path: '/api/v1/commitments', expected: PUBLIC },
  'GET /api/v1/commitments/:slug': { path: '/api/v1/commitments/matrix-commitment', expected: PUBLIC },
  'GET /api/v1/updates': { path: '/api/v1/updates', expected: PUBLIC },
  'GET /api/v1/events': { path: '/api/v1/events', expected: PUBLIC },
  'POST /api/v1/session': {
    path: '/api/v1/session',
    // A script that signs in (no Origin) is told to use an API token instead.
    expected: {
      anonymous: 400,
      analyst: 400,
      admin: 400,
      disabled: 400,
      noCsrf: 400,
      token: 403,
      script: 403,
    },
  },
  'GET /api/v1/session': {
    path: '/api/v1/session',
    expected: SIGNED_IN_READ,
  },
  'DELETE /api/v1/session': {
    path: '/api/v1/session',
    expected: {
      anonymous: 401,
      analyst: 204,
      admin: 204,
      disabled: 401,
      noCsrf: 403,
      token: 403,
      script: 403,
    },
  },
  'POST /api/v1/commitments/:slug/updates': {
    path: '/api/v1/commitments/matrix-commitment/updates',
    expected: ANALYST_WRITE,
  },
  'POST /api/v1/updates/:id/retraction': { path: '/api/v1/updates/1/retraction', expected: ANALYST_WRITE },
  'PATCH /api/v1/commitments/:slug': {
    path: '/api/v1/commitments/matrix-commitment',
    expected: ANALYST_WRITE,
  },
  'POST /api/v1/commitments/:slug/reviews': {
    path: '/api/v1/commitments/matrix-commitment/reviews',
    expected: ANALYST_WRITE,
  },
  'POST /api/v1/developments': { path: '/api/v1/developments', expected: ANALYST_WRITE },
  'GET /api/v1/developments': { path: '/api/v1/developments', expected: PUBLIC },
  // Public: nobody is asked to sign in; the fixture has no development, so every caller gets the same 404.
  'GET /api/v1/developments/:id': {
    path: '/api/v1/developments/1',
    expected: {
      anonymous: 404,
      analyst: 404,
      admin: 404,
      disabled: 404,
      noCsrf: 404,
      token: 404,
      script: 404,
    },
  },
  'GET /api/v1/parties': { path: '/api/v1/parties', expected: PUBLIC },
  'POST /api/v1/commitments': { path: '/api/v1/commitments', expected: ADMIN_WRITE },
  'POST /api/v1/agreements': { path: '/api/v1/agreements', expected: ADMIN_WRITE },
  'PATCH /api/v1/agreements/:slug': { path: '/api/v1/agreements/matrix-agreement', expected: ADMIN_WRITE },
  'POST /api/v1/agreements/:slug/relations': {
    path: '/api/v1/agreements/matrix-agreement/relations',
    expected: ADMIN_WRITE,
  },
  // No body to validate: an admin reaches the look-up, and this fixture has no relation to remove.
  'DELETE /api/v1/agreements/:slug/relations/:related': {
    path: '/api/v1/agreements/matrix-agreement/relations/other',
    expected: { ...ADMIN_WRITE, admin: 404 },
  },
  'POST /api/v1/commitments/:slug/relations': {
    path: '/api/v1/commitments/matrix-commitment/relations',
    expected: ADMIN_WRITE,
  },
  'DELETE /api/v1/commitments/:slug/relations/:related': {
    path: '/api/v1/commitments/matrix-commitment/relations/other',
    expected: { ...ADMIN_WRITE, admin: 404 },
  },
  'GET /api/v1/users': { path: '/api/v1/users', expected: ADMIN_READ },
  'POST /api/v1/users': { path: '/api/v1/users', expected: ADMIN_WRITE },
  'PATCH /api/v1/users/:username': { path: '/api/v1/users/nobody', expected: ADMIN_WRITE },
  'GET /api/v1/audit': { path: '/api/v1/audit', expected: ADMIN_READ },
  'GET /api/v1/tokens': {
    path: '/api/v1/tokens',
    expected: { ...SIGNED_IN_READ, token: 403 },
  },
  'POST /api/v1/tokens': { path: '/api/v1/tokens', expected: TOKEN_ADMIN },
  // Nobody holds token 999999: the signed-in get 404, the rest are stopped before the look-up.
  'DELETE /api/v1/tokens/:id': {
    path: '/api/v1/tokens/999999',
    expected: { ...TOKEN_ADMIN, analyst: 404, admin: 404 },
  },
  'GET /api/v1/sign-in-throttles': { path: '/api/v1/sign-in-throttles', expected: ADMIN_READ },
  'POST /api/v1/sign-in-throttles/clear': { path: '/api/v1/sign-in-throttles/clear', expected: ADMIN_WRITE },
  // Open data (docs/open-data.md): public reads.
  'GET /api/v1/export.csv': { path: '/api/v1/export.csv', expected: PUBLIC },
  'GET /api/v1/export.json': { path: '/api/v1/export.json', expected: PUBLIC },
  'GET /feed.atom': { path: '/feed.atom', expected: PUBLIC },
  'GET /commitments/:slug/feed.atom': { path: '/commitments/matrix-commitment/feed.atom', expected: PUBLIC },
  'GET /badges/:slug.svg': { path: '/badges/matrix-commitment.svg', expected: PUBLIC },
  'GET /embed/commitments/:slug': { path: '/embed/commitments/matrix-commitment', expected: PUBLIC },
  'GET /og/dashboard.png': { path: '/og/dashboard.png', expected: PUBLIC },
  'GET /og/agreements/:slug.png': { path: '/og/agreements/matrix-agreement.png', expected: PUBLIC },
  'GET /og/commitments/:slug.png': { path: '/og/commitments/matrix-commitment.png', expected: PUBLIC },
  'GET /robots.txt': { path: '/robots.txt', expected: PUBLIC },
  'GET /sitemap.xml': { path: '/sitemap.xml', expected: PUBLIC },
  'GET /api/openapi.json': { path: '/api/openapi.json', expected: PUBLIC },
  'GET /api/docs': { path: '/api/docs', expected: PUBLIC },
};

async function registeredRoutes(): Promise<string[]> {
  // Listing routes queries nothing: no database needs starting (PGlite takes seconds on a busy machine).
  const database = { kind: 'pglite' } as Database;
  const { app } = createApp({ database, logger: createLogger('silent') });
  return listRoutes(app).map((route) => `${route.method} ${route.path}`);
}

describe('authorization matrix: the table', () => {
  it('covers every route the server registers, and nothing else', async () => {
    const registered = await registeredRoutes();
    expect(registered.length).toBeGreaterThan(15);
    expect([...registered].sort()).toEqual(Object.keys(MATRIX).sort());
  });
});

describe.each(TEST_DATABASE_KINDS)('authorization matrix on %s', (kind) => {
  let server: TestServer;
  const callers = {} as Record<
    Exclude<Who, 'anonymous' | 'token' | 'script'>,
    () => Promise<TestClient | undefined>
  >;
  let token = '';

  beforeAll(async () => {
    server = await startTestServer(kind, [agreement]);
    const analyst = await signInAs(server, 'analyst');
    const admin = await signInAs(server, 'admin');
    // A session whose account is disabled afterwards: it must stop working at once.
    const disabledName = await createTestUser(server, 'admin');
    const disabled = await signIn(server, disabledName);
    await patchUser(
      server.database.db,
      { username: 'test', requestId: 't', clientAddress: null },
      disabledName,
      { disabled: true },
    );
    callers.analyst = async () => analyst;
    callers.admin = async () => admin;
    callers.disabled = async () => disabled;
    callers.noCsrf = async () => admin;
    const created = await analyst.send('POST', '/api/v1/tokens', { name: 'matrix' });
    token = ((await created.json()) as { token: string }).token;
  });
  afterAll(() => server?.close());

  const send = async (who: Who, method: string, path: string): Promise<number> => {
    const body = method === 'GET' || method === 'DELETE' ? undefined : {};
    if (who === 'anonymous') {
      const response = await fetch(server.baseUrl + path, {
        method,
        headers: { origin: server.baseUrl, ...(body && { 'content-type': 'application/json' }) },
        body: body && JSON.stringify(body),
      });
      await response.body?.cancel(); // the live stream never ends by itself
      return response.status;
    }
    if (who === 'token' || who === 'script') {
      const response = await fetch(server.baseUrl + path, {
        method,
        headers: {
          ...(who === 'token' && { authorization: `Bearer ${token}` }),
          ...(body && { 'content-type': 'application/json' }),
        },
        body: body && JSON.stringify(body),
      });
      await response.body?.cancel();
      return response.status;
    }
    // Signing out ends the session, so that row gets sessions of its own.
    const client =
      method === 'DELETE' && who !== 'disabled'
        ? await signInAs(server, who === 'analyst' ? 'analyst' : 'admin')
        : await callers[who]();
    const headers: Record<string, string> = who === 'noCsrf' ? { 'x-csrf-token': '' } : {};
    const response = await client!.send(method, path, body, headers);
    await response.body?.cancel();
    return response.status;
  };

  for (const [route, { path, expected }] of Object.entries(MATRIX)) {
    it(route, async () => {
      const [method] = route.split(' ') as [string];
      const actual = {} as Expected;
      for (const who of Object.keys(expected) as Who[]) actual[who] = await send(who, method, path);
      expect(actual).toEqual(expected);
    });
  }
});
