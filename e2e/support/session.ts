import { expect, type APIRequestContext, type BrowserContext } from '@playwright/test';
import type { TestAccount } from './accounts.ts';

/** Signs a browser context in through the API (the sign-in page has its own test); returns the CSRF token. */
export async function signIn(
  context: BrowserContext,
  account: TestAccount,
  baseURL: string,
): Promise<string> {
  const response = await context.request.post('/api/v1/session', {
    data: { username: account.username, password: account.password },
    headers: { Origin: baseURL },
  });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

/** Today in UTC, as the server and the form count it. */
export const today = () => new Date().toISOString().slice(0, 10);

/** Publishes an update through the API, as a data factory for tests that need one to act on. */
export async function publishUpdate(
  request: APIRequestContext,
  baseURL: string,
  csrfToken: string,
  slug: string,
  fields: { summary: string; status?: string; effectiveOn?: string },
): Promise<void> {
  const current = await (await request.get(`/api/v1/commitments/${slug}`)).json();
  const response = await request.post(`/api/v1/commitments/${slug}/updates`, {
    headers: { Origin: baseURL, 'X-CSRF-Token': csrfToken },
    data: {
      status: fields.status ?? 'in_progress',
      effectiveOn: fields.effectiveOn ?? today(),
      summary: fields.summary,
      sources: [{ url: 'https://example.org/factory', title: 'Factory source' }],
      baseVersion: (current as { version: number }).version,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
}
