import { expect, test } from '@playwright/test';
import { ANALYST } from './support/accounts.ts';
import { publishUpdate, signIn, today } from './support/session.ts';

// health-epidemics is this test's own commitment: no other test writes to it.
const SLUG = 'health-epidemics';
const TITLE = 'Cooperation against epidemics and on health';

test('an open dashboard refreshes itself when an analyst publishes, with a quiet cue', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto('/');
  const link = page.getByRole('link', { name: TITLE, exact: true });
  await expect(link).toBeVisible();
  const todayText = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date());
  const row = page.getByRole('listitem').filter({ has: link });
  await expect(row).not.toContainText(todayText);

  const analyst = await browser.newContext({ baseURL });
  const csrfToken = await signIn(analyst, ANALYST, baseURL!);
  const refetched = page.waitForResponse(
    (response) => response.url().includes('/api/v1/dashboard') && response.status() === 200,
  );
  await publishUpdate(analyst.request, baseURL!, csrfToken, SLUG, {
    summary: 'Health talks resumed (live-update test).',
    status: 'stalled',
    effectiveOn: today(),
  });
  await refetched; // no reload: the page heard of the change and asked again
  await expect(row).toContainText(todayText);
  await expect(page.getByRole('status').filter({ hasText: 'Updated just now' })).toBeVisible();
  await analyst.close();
});
