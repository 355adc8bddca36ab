import { test, expect, type Page } from '@playwright/test';

// The seed tracks 49 commitments: the Pyongyang Joint Declaration (18), its military agreement (12), the
// Panmunjom Declaration (15) and the Singapore Joint Statement (4).
const SEED_COMMITMENTS = 49;
const STATUS_LABELS = [
  'Not started',
  'In progress',
  'Partially implemented',
  'Implemented',
  'Stalled',
  'Reversed',
  'Abandoned',
];
const GP_TITLE =
  "Trial withdrawal of the 11 guard posts on each side that lie within 1 km of the other side's posts";

test('the dashboard lists every commitment as a link with its status label', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const main = page.getByRole('main');
  // The seeded agreements' lists: the admin test adds an agreement of its own while this one runs.
  const seedLists = main.getByRole('list', {
    name: /^Commitments of the (Pyongyang Joint Declaration|Comprehensive Military Agreement|Panmunjom Declaration for Peace|Joint Statement of President Donald J\. Trump)/,
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

/** One entry of a commitment's history, found by words of its summary. */
const entry = (page: Page, words: string) =>
  page.getByRole('region', { name: 'History' }).locator('ol.history > li').filter({ hasText: words });

test('a commitment page shows what is known: dates at their precision, who acted, when recorded, a met deadline', async ({
  page,
}) => {
  // Only the month is known: shown as such, never as the first of the month.
  await page.goto('/commitments/military-hotlines');
  const unanswered = entry(page, 'In August 2021 the North stopped answering again');
  const date = unanswered.locator('time').first();
  await expect(date).toHaveText('August 2021');
  await expect(date).toHaveAttribute('datetime', '2021-08-01');
  await expect(unanswered).toContainText('Who acted: North Korea');
  await expect(unanswered).toContainText(/Recorded \d{1,2} [A-Z][a-z]{2} \d{4} by /);
  await expect(unanswered.getByRole('list', { name: 'Sources' })).toContainText('News');

  await page.goto('/commitments/rail-road-links');
  const groundbreaking = entry(page, 'groundbreaking ceremony was held');
  await expect(groundbreaking.locator('time').first()).toHaveText('26 Dec 2018');
  await expect(groundbreaking).toContainText('Who acted: South Korea, North Korea, UN Security Council');
  const details = page.getByRole('complementary');
  await expect(details).toContainText('Deadline met 26 Dec 2018');
  await expect(details).toContainText('South Korea, North Korea');
  await expect(details).toContainText('Checked through');
  // Never a party code where the tracker names parties (a publisher may say "(ROK)" in its own name).
  await expect(details).not.toContainText(/\b(ROK|DPRK)\b/);
  for (const head of await page.locator('.update__head').all())
    await expect(head).not.toContainText(/\b(ROK|DPRK|UNSC)\b/);
});

test('a claim says whose it is; a disputed update says so, by whom and why, and marks the contesting source', async ({
  page,
}) => {
  await page.goto('/commitments/rail-road-links');
  const claim = entry(page, 'Joint Chiefs of Staff chairman told lawmakers');
  await expect(claim.locator('.update__head')).toContainText('Claimed by South Korea');

  await page.goto('/commitments/gp-withdrawal');
  const verified = entry(page, 'verif')
    .filter({ has: page.locator('.standing-tag--disputed') })
    .first();
  await expect(verified.locator('.update__head')).toContainText('Disputed');
  await expect(verified).toContainText(/Disputed: .*Shin Won-sik/);
  const contesting = verified
    .getByRole('list', { name: 'Sources' })
    .getByRole('listitem')
    .filter({ hasText: 'Govt. agencies probed' });
  await expect(contesting).toContainText('Contests this');
  // A confirmed update stays quiet: no standing tag.
  const confirmed = page.locator('ol.history > li').filter({ hasNot: page.locator('.standing-tag') });
  expect(await confirmed.count()).toBeGreaterThan(0);
});
