import { expect, test } from '@playwright/test';

const PJD = 'Pyongyang Joint Declaration of September 2018';
const PJD_SLUG = 'pyongyang-joint-declaration-2018';

interface AgreementDetail {
  commitments: { slug: string; title: string; status: string }[];
  counts: Record<string, number>;
}

test('an agreement page: its signing facts, its own figures and its commitments, reached from the dashboard', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await page.getByRole('heading', { level: 2, name: PJD }).getByRole('link').click();
  await expect(page).toHaveURL(`/agreements/${PJD_SLUG}`);
  await expect(page.getByRole('heading', { level: 1, name: PJD })).toBeVisible();
  await expect(page).toHaveTitle(`${PJD} — Accord Tracker`);

  const facts = page.getByRole('complementary', { name: 'Signing' });
  await expect(facts).toContainText('19 Sep 2018');
  await expect(facts).toContainText('Pyongyang');
  // Parties by name, never by code.
  await expect(facts).toContainText('South Korea, North Korea');
  await expect(facts).not.toContainText('DPRK');
  await expect(facts.getByRole('link')).toHaveAttribute('href', /^https:\/\//);

  const detail = (await (await request.get(`/api/v1/agreements/${PJD_SLUG}`)).json()) as AgreementDetail;
  const list = page.getByRole('list', { name: `Commitments of the ${PJD}` });
  await expect(list.getByRole('listitem')).toHaveCount(detail.commitments.length);
  await expect(
    list.getByRole('link', { name: 'Pyongyang art troupe to perform in Seoul in October' }),
  ).toHaveAttribute('href', '/commitments/art-troupe-seoul');
  await expect(page.getByRole('region', { name: 'Progress' })).toContainText(
    /\d+% implemented or partially implemented/,
  );
  await expect(page.getByRole('region', { name: 'Status at a glance' })).toContainText('Not started');
});

test('an agreement page keeps the date it was opened at', async ({ page }) => {
  await page.goto('/?asOf=2019-06-01');
  await page.getByRole('heading', { level: 2, name: PJD }).getByRole('link').click();
  await expect(page).toHaveURL(`/agreements/${PJD_SLUG}?asOf=2019-06-01`);
  await expect(page.getByRole('main')).toContainText('Status as it stood on 1 Jun 2019');
  await expect(page.getByRole('region', { name: 'Progress' })).toContainText('On 1 Jun 2019');
  // The railways had stalled by then, after the Hanoi summit (reversed in 2024).
  const rail = page.getByRole('listitem').filter({
    has: page.getByRole('link', {
      name: 'Connect and modernise the east- and west-coast railways and roads',
    }),
  });
  await expect(rail).toContainText('Stalled');
  await page.getByRole('link', { name: 'See it as of today' }).click();
  await expect(page).toHaveURL(`/agreements/${PJD_SLUG}`);
  await expect(rail).toContainText('Reversed');

  await page.goto('/agreements/no-such-agreement');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('the latest updates, newest first, page on with "Older updates"', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Latest updates across all commitments' }).click();
  await expect(page).toHaveURL('/updates');
  await expect(page.getByRole('heading', { level: 1, name: 'Latest updates' })).toBeVisible();
  await expect(page).toHaveTitle('Latest updates — Accord Tracker');

  const entries = page.getByRole('list', { name: 'Updates, newest first' }).getByRole('listitem');
  await expect(entries).toHaveCount(20);
  const dates = async () =>
    entries.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
  const first = await dates();
  expect(first).toEqual([...first].sort().reverse());
  const link = entries.first().getByRole('link');
  await expect(link).toHaveAttribute('href', /^\/commitments\/[a-z0-9-]+#update-\d+$/);

  await page.getByRole('button', { name: 'Older updates' }).click();
  await expect(entries).toHaveCount(40);
  const both = await dates();
  expect(both).toEqual([...both].sort().reverse());
  expect(both[20]! <= first[19]!).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'updates shown' })).toHaveText('40 updates shown');

  // Page on to the end: the oldest update is the last, and the button gives way to a note.
  const older = page.getByRole('button', { name: 'Older updates' });
  for (let i = 0; i < 50 && (await older.count()) > 0; i++) {
    const count = await entries.count();
    await older.click();
    await expect.poll(() => entries.count()).toBeGreaterThan(count);
  }
  await expect(older).toHaveCount(0);
  await expect(page.getByText('That is the oldest update.')).toBeVisible();

  // Each entry opens its commitment.
  const title = await link.textContent();
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
});

test('the new pages fit a 375 px phone and run under the strict CSP', async ({ page }) => {
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of [
    '/?asOf=2019-06-01&status=in_progress&q=e',
    `/agreements/${PJD_SLUG}?asOf=2019-06-01`,
    '/updates',
    '/commitments/gp-withdrawal?asOf=2019-06-01',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.page-state--loading')).toHaveCount(0);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, path).toBeLessThanOrEqual(375);
  }
  // The chart fits the phone (its Timeline view); opening its tables does not push the page sideways either.
  await page.goto('/?asOf=2019-06-01&view=timeline');
  const figure = page.getByRole('figure', { name: 'Status over time' });
  await expect(figure.locator('svg.tl-chart').getByRole('link').first()).toBeVisible();
  // The page is server-rendered: a click before hydration can be undone by it, so wait for the browser's code.
  await expect(page.locator('html.js')).toBeAttached();
  await expect(async () => {
    await figure.getByText('Show the data as tables').click();
    await expect(figure.getByRole('table').first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expect(cspViolations).toEqual([]);
});
