import { expect, test } from '@playwright/test';
import { ANALYST } from './support/accounts.ts';
import { todayInSeoul } from './support/session.ts';

// A commitment no other spec writes to: the specs run in parallel against one database.
const SLUG = 'dmz-historic-sites';
const name = `Nightly import ${Date.now().toString(36)}`;

test('an analyst creates an API token in the workspace, a script writes with it, and revoking it stops it', async ({
  page,
  request,
}) => {
  await page.goto('/login');
  await page.getByLabel('Username').fill(ANALYST.username);
  await page.getByLabel('Password').fill(ANALYST.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL('/workspace');
  await expect(page.getByRole('heading', { level: 1, name: 'Analyst workspace' })).toBeVisible();
  await page.getByRole('link', { name: 'API tokens' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'API tokens' })).toBeVisible({ timeout: 15_000 }); // a lazy chunk, on a loaded machine

  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Expires after').selectOption({ label: '30 days' });
  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByText('it is shown only this once')).toBeVisible();
  const token = await page.getByLabel('Your new token').inputValue();
  expect(token).toMatch(/^acc_\d+_[A-Za-z0-9_-]{43}$/);
  await page.getByRole('button', { name: 'I have copied it' }).click();
  await expect(page.getByLabel('Your new token')).toHaveCount(0);
  const item = page.getByRole('listitem').filter({ hasText: name });
  await expect(item).toContainText('Active');
  await expect(item).toContainText('Never used');
  await expect(item).not.toContainText(token.slice(-43));

  // Playwright's own request context: no cookie, no CSRF token, no Origin, as a script sends it.
  const review = () =>
    request.post(`/api/v1/commitments/${SLUG}/reviews`, {
      headers: { Authorization: `Bearer ${token}` },
      data: { reviewedOn: todayInSeoul(), note: 'Checked by a script' },
    });
  const written = await review();
  expect(written.status(), await written.text()).toBe(201);
  const anonymous = await request.post(`/api/v1/commitments/${SLUG}/reviews`, {
    data: { reviewedOn: todayInSeoul() },
  });
  expect(anonymous.status()).toBe(403);
  expect(((await anonymous.json()) as { error: { message: string } }).error.message).toContain(
    'use an API token: Authorization: Bearer',
  );

  await page.reload();
  await expect(item).toContainText('Last used');
  await item.getByRole('button', { name: `Revoke ${name}` }).click();
  await item.getByRole('button', { name: 'Revoke now' }).click();
  await expect(item).toContainText('Revoked');
  await expect(item.getByRole('button')).toHaveCount(0);

  const refused = await review();
  expect(refused.status()).toBe(401);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
});
