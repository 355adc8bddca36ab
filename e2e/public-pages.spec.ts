import { test, expect } from '@playwright/test';

// The seed tracks 23 commitments of the Pyongyang Joint Declaration and its military agreement.
const SEED_COMMITMENTS = 23;
const STATUS_LABELS = [
  'Not started',
  'In progress',
  'Partially implemented',
  'Implemented',
  'Stalled',
  'Reversed',
  'Abandoned',
];
const GP_TITLE = 'Trial withdrawal of 11 guard posts on each side within 1 km of the border';

test('the dashboard lists every commitment as a link with its status label', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const main = page.getByRole('main');
  // The seeded agreements' lists: the admin test adds an agreement of its own while this one runs.
  const seedLists = main.getByRole('list', {
    name: /^Commitments of the (Pyongyang Joint Declaration|Comprehensive Military Agreement)/,
  });
  const rows = seedLists.getByRole('listitem').filter({ has: page.getByRole('link') });
  await expect(rows).toHaveCount(SEED_COMMITMENTS);
  for (const row of await rows.all()) {
    await expect(row.getByRole('link')).toHaveAttribute('href', /^\/commitments\/[a-z0-9-]+$/);
    await expect(row).toContainText(new RegExp(STATUS_LABELS.join('|')));
  }

  const gpLink = page.getByRole('link', { name: GP_TITLE, exact: true });
  await expect(main.getByRole('link', { name: GP_TITLE, exact: true })).toHaveAttribute(
    'href',
    '/commitments/gp-withdrawal',
  );
  await expect(rows.filter({ has: gpLink })).toContainText('Reversed');

  // Counts by status: every label of the scale is shown, with its count, and the counts add up.
  const counts = main.getByRole('region', { name: 'Status at a glance' });
  for (const label of STATUS_LABELS) await expect(counts).toContainText(label);
  const numbers = await counts.locator('dd').allTextContents();
  const total = numbers.filter((text) => /^\d+$/.test(text)).reduce((sum, text) => sum + Number(text), 0);
  const allRows = main.getByRole('listitem').filter({ has: page.getByRole('link') });
  expect(total).toBe(await allRows.count());
  expect(total).toBeGreaterThanOrEqual(SEED_COMMITMENTS);
});

test('a commitment page shows its status and a sourced, dated history', async ({ page }) => {
  await page.goto('/commitments/gp-withdrawal');
  await expect(page.getByRole('heading', { level: 1, name: GP_TITLE, exact: true })).toBeVisible();
  await expect(page).toHaveTitle(`${GP_TITLE} — Accord Tracker`);
  await expect(page.getByRole('main').locator('p', { hasText: 'Current status' })).toContainText('Reversed');

  const history = page.getByRole('region', { name: 'History' }).getByRole('list').first();
  const entries = history.locator(':scope > li');
  expect(await entries.count()).toBeGreaterThanOrEqual(3);
  for (const entry of await entries.all()) {
    await expect(entry.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(entry).toContainText(new RegExp(STATUS_LABELS.join('|')));
    const sources = entry.getByRole('list', { name: 'Sources' }).getByRole('link');
    expect(await sources.count()).toBeGreaterThanOrEqual(1);
    for (const link of await sources.all()) await expect(link).toHaveAttribute('href', /^https?:\/\//);
  }
  // Newest first: the first entry is the reversal.
  await expect(entries.first()).toContainText('Reversed');

  await page.getByRole('link', { name: 'Back to dashboard' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('link', { name: GP_TITLE, exact: true })).toBeVisible();
});

test('the dashboard links lead to the commitment pages', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: GP_TITLE, exact: true }).click();
  await expect(page).toHaveURL('/commitments/gp-withdrawal');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(GP_TITLE);
});

test('an unknown commitment and an unknown path show the not-found page', async ({ page }) => {
  for (const path of ['/commitments/no-such-thing', '/no/such/page']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the dashboard' }).click();
    await expect(page).toHaveURL('/');
  }
});

test('the pages fit a 375 px phone and run under the strict CSP', async ({ page }) => {
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ['/', '/commitments/gp-withdrawal', '/commitments/no-such-thing']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, path).toBeLessThanOrEqual(375);
  }
  expect(cspViolations).toEqual([]);
});

test('the dashboard shows the status as it stood on a past date', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('As of', { exact: true }).fill('2018-10-01');
  await expect(page).toHaveURL('/?asOf=2018-10-01');
  await expect(page.getByRole('main')).toContainText('Status as it stood on 1 Oct 2018');
  // The guard posts were first acted on later in October 2018.
  const gpRow = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: GP_TITLE, exact: true }) });
  await expect(gpRow).toContainText('Not started');

  await page.getByRole('button', { name: 'Today', exact: true }).click();
  await expect(page).toHaveURL('/');
  await expect(gpRow).toContainText('Reversed');
});
