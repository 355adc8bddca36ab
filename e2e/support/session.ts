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
  fields: { summary: string; status?: string; effectiveOn?: string; sourceUrl?: string },
): Promise<void> {
  const current = await (await request.get(`/api/v1/commitments/${slug}`)).json();
  const response = await request.post(`/api/v1/commitments/${slug}/updates`, {
    headers: { Origin: baseURL, 'X-CSRF-Token': csrfToken },
    data: {
      status: fields.status ?? 'in_progress',
      effectiveOn: fields.effectiveOn ?? today(),
      actors: ['ROK'],
      summary: fields.summary,
      sources: [
        { url: fields.sourceUrl ?? 'https://example.org/factory', title: 'Factory source', kind: 'news' },
      ],
      baseVersion: (current as { version: number }).version,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
}

/** Today in Korea: the latest date the forms accept ("not in the future" counts in Asia/Seoul). */
export const todayInSeoul = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Seoul',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
