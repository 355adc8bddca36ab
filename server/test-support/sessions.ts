import { randomBytes } from 'node:crypto';
import { createUser, patchUser } from '../features/users/service.ts';
import type { Role } from '../../shared/domain/limits.ts';
import type { TestServer } from './test-server.ts';

export interface TestClient {
  username: string;
  cookie: string;
  csrfToken: string;
  /** A request as the signed-in browser would send it: cookie, CSRF token, same-site Origin, JSON body. */
  send(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

const SYSTEM = { username: 'test-setup', requestId: 'test', clientAddress: null };
export const TEST_PASSWORD = 'a-long-test-password-42';

/** Creates an account directly through the service (no HTTP), with a unique name. */
export async function createTestUser(server: TestServer, role: Role, options: { disabled?: boolean } = {}) {
  const username = `${role}-${randomBytes(3).toString('hex')}`;
  await createUser(server.database.db, SYSTEM, {
    username,
    displayName: `Test ${role} ${username}`,
    role,
    password: TEST_PASSWORD,
  });
  if (options.disabled) await patchUser(server.database.db, SYSTEM, username, { disabled: true });
  return username;
}

export function signInRequest(
  server: TestServer,
  username: string,
  password: string,
  headers: Record<string, string> = {},
) {
  return fetch(`${server.baseUrl}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.baseUrl, ...headers },
    body: JSON.stringify({ username, password }),
  });
}

/** Signs in over HTTP and returns a client carrying the session. */
export async function signIn(
  server: TestServer,
  username: string,
  password = TEST_PASSWORD,
): Promise<TestClient> {
  const response = await signInRequest(server, username, password);
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie()[0]!.split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return {
    username,
    cookie,
    csrfToken,
    send: (method, path, body, headers = {}) =>
      fetch(server.baseUrl + path, {
        method,
        headers: {
          cookie,
          'x-csrf-token': csrfToken,
          origin: server.baseUrl,
          ...(body !== undefined && { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      }),
  };
}

export async function signInAs(server: TestServer, role: Role): Promise<TestClient> {
  return signIn(server, await createTestUser(server, role));
}
