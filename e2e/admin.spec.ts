import { expect, test } from '@playwright/test';
import { ADMIN } from './support/accounts.ts';
import { signIn } from './support/session.ts';

test('an admin adds an agreement with a commitment, and readers find both on the dashboard', async ({
  page,
  context,
  baseURL,
}) => {
  const run = Date.now().toString(36);
  const title = `Panmunjom Declaration ${run}`;
  const commitmentTitle = `Open a joint liaison office in Kaesong ${run}`;
  await signIn(context, ADMIN, baseURL!);

  await page.goto('/admin');
  await page.getByRole('link', { name: 'New agreement' }).click();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await expect(page.getByLabel('Slug')).toHaveValue(`panmunjom-declaration-${run}`);
  await page.getByLabel('Signed on').fill('2018-04-27');
  await page.getByLabel('Place', { exact: true }).fill('Panmunjom');
  await page.getByLabel('Korean place').fill('판문점');
  // Parties come from the registry, named in the page's language.
  const parties = page.getByRole('group', { name: 'Parties' });
  await parties.getByLabel('South Korea').check();
  await parties.getByLabel('North Korea').check();
  await page
    .getByLabel('Summary', { exact: true })
    .fill('The first inter-Korean summit declaration of 2018.');
  await page.getByRole('button', { name: 'Create agreement' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByLabel('Title', { exact: true }).first().fill(commitmentTitle);
  await page.getByLabel('Article').fill('Art. 1(4)');
  await page.getByLabel('Category').selectOption({ label: 'Political' });
  await page.getByLabel('What was agreed').first().fill('The two sides will open a joint liaison office.');
  const responsible = page.getByRole('group', { name: 'Responsible parties' });
  await expect(responsible.getByLabel('South Korea')).toBeChecked();
  await expect(responsible.getByLabel('North Korea')).toBeChecked();
  await expect(responsible.getByLabel('United States')).not.toBeChecked();
  await page.getByRole('button', { name: 'Add commitment' }).click();
  const commitments = page.getByRole('region', { name: 'Commitments' });
  await expect(commitments.getByRole('link', { name: commitmentTitle })).toBeVisible();

  await page.goto('/');
  const agreement = page.getByRole('region', { name: title });
  await expect(agreement).toBeVisible();
  const row = agreement
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: commitmentTitle }) });
  await expect(row).toContainText('Not started');

  // The audit log has it, under the admin's name, found by the commitment's slug.
  await page.goto('/admin/audit');
  await page.getByLabel('Commitment').fill(`open-a-joint-liaison-office-in-kaesong-${run}`);
  await page.getByRole('button', { name: 'Filter' }).click();
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Added a commitment');
  await expect(rows.first()).toContainText(ADMIN.username);
});

test('an admin creates an account, disables it and enables it again', async ({ page, context, baseURL }) => {
  const run = Date.now().toString(36);
  const username = `e2e-new-${run}`;
  const displayName = `New Analyst ${run}`;
  await signIn(context, ADMIN, baseURL!);
  await page.goto('/admin/users');
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Create account' }) });
  await form.getByLabel('Username').fill(username);
  await form.getByLabel('Display name').fill(displayName);
  await form.getByLabel('First password').fill('a first password for e2e');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(form.getByRole('status')).toContainText(`Account created for ${displayName} (${username}).`);

  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: displayName }) });
  await expect(card).toContainText('Active');
  await card.getByRole('button', { name: 'Disable' }).click();
  await expect(card).toContainText('Disabled');
  await card.getByRole('button', { name: 'Enable' }).click();
  await expect(card).toContainText('Active');
  // The admin's own account cannot be disabled from here.
  const own = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: ADMIN.displayName }) });
  await expect(own.getByRole('button', { name: 'Disable' })).toHaveCount(0);
});

test('the sign-in, analyst and admin pages fit a 375 px phone and run under the strict CSP', async ({
  page,
  context,
  baseURL,
}) => {
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await page.setViewportSize({ width: 375, height: 800 });
  const fits = async (path: string) => {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, path).toBeLessThanOrEqual(375);
  };
  await page.goto('/login');
  await fits('/login');

  await signIn(context, ADMIN, baseURL!);
  await page.goto('/commitments/kim-seoul-visit');
  await page.getByRole('button', { name: 'Add update' }).click();
  await page.getByRole('button', { name: 'Add another source' }).click();
  await page.getByRole('button', { name: 'Publish update' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await fits('the add-update form');
  for (const path of ['/admin/agreements', '/admin/agreements/new', '/admin/users', '/admin/audit']) {
    await page.goto(path);
    await fits(path);
  }
  expect(cspViolations).toEqual([]);
});
