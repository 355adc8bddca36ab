import { test, expect, type Page } from '@playwright/test';

// Issue 11: every public page is whole in its HTML (JavaScript off), and with JavaScript on the browser
// takes the page over (hydration) without a warning and without asking the API again for what it has.
const GP_TITLE =
  "Trial withdrawal of the 11 guard posts on each side that lie within 1 km of the other side's posts";
const PUBLIC_PAGES = [
  '/',
  '/?asOf=2019-06-01&status=stalled',
  '/commitments/gp-withdrawal',
  '/commitments/gp-withdrawal?asOf=2019-01-01',
  '/agreements/pyongyang-joint-declaration-2018',
  '/updates',
  '/about',
  '/compare',
  '/compare?lang=ko',
  '/?agreement=panmunjom-declaration-2018',
  '/agreements/panmunjom-declaration-2018',
  '/?lang=ko',
  '/commitments/gp-withdrawal?lang=ko',
  '/no/such/page',
];

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every public page reads in full', async ({ page }) => {
    await page.goto('/');
    await expect(heading(page)).toHaveText('The 2018 Korean peace agreements, commitment by commitment');
    await expect(page.getByRole('link', { name: GP_TITLE, exact: true })).toHaveAttribute(
      'href',
      '/commitments/gp-withdrawal',
    );
    await expect(page.getByRole('figure', { name: 'Status over time' })).toBeVisible();

    // The chart's bars are links: to the commitment, at the update that started the period.
    const bar = page
      .locator('svg.tl-chart')
      .getByRole('link', { name: `${GP_TITLE}: Implemented from 1 Nov 2018 to 23 Nov 2023`, exact: true });
    await expect(bar).toHaveAttribute('href', /^\/commitments\/gp-withdrawal#update-\d+$/);
    await bar.click();
    await expect(page).toHaveURL(/\/commitments\/gp-withdrawal#update-\d+$/);
    await expect(heading(page)).toHaveText(GP_TITLE);
    await expect(page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`)).toBeInViewport();
    await page.goBack();

    await page.getByRole('link', { name: GP_TITLE, exact: true }).click();
    await expect(heading(page)).toHaveText(GP_TITLE);
    await expect(page.getByRole('main')).toContainText('Reversed');
    await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();

    await page.goto('/agreements/pyongyang-joint-declaration-2018');
    await expect(heading(page)).toContainText('Pyongyang Joint Declaration');

    await page.goto('/updates');
    await expect(heading(page)).toHaveText('Latest updates');
    const updates = page.getByRole('list', { name: 'Updates, newest first' }).getByRole('listitem');
    await expect(updates.first()).toBeVisible();
    const shown = await updates.count();
    await page.getByRole('button', { name: 'Older updates' }).click();
    await expect(page).toHaveURL(/\/updates\?before=/);
    await expect(updates.first()).toBeVisible();
    expect(shown).toBeGreaterThan(0);

    await page.goto('/about');
    await expect(heading(page)).toHaveText('Methodology');

    // Issue 14: the agreements side by side, with its table and CSV, is in the HTML too.
    await page.goto('/compare');
    await expect(heading(page)).toHaveText('The agreements side by side');
    await expect(page.getByRole('table').first()).toContainText('Panmunjom');
    await expect(page.getByRole('link', { name: /CSV/ }).first()).toHaveAttribute('href', /compare\.csv/);

    const missing = await page.goto('/commitments/no-such-commitment');
    expect(missing?.status()).toBe(404);
    await expect(heading(page)).toHaveText('Page not found');
  });

  test('the filters are a plain form the server answers', async ({ page }) => {
    await page.goto('/');
    const filters = page.getByRole('search', { name: 'Filter commitments' });
    await filters.getByLabel('Status').selectOption('stalled');
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/\/\?status=stalled$/);
    await expect(filters.getByRole('status')).toHaveText(/^\d+ of \d+ commitments? match/);
    await expect(page.getByRole('link', { name: GP_TITLE, exact: true })).toHaveCount(0);

    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(filters.getByRole('status')).toHaveText(/^All \d+ commitments$/);
  });

  test('the As-of date is a plain form too, and keeps the filters', async ({ page }) => {
    await page.goto('/?status=abandoned');
    await page.getByLabel('As of', { exact: true }).fill('2019-06-01');
    await page.getByRole('button', { name: 'Show this date' }).click();
    await expect(page).toHaveURL(/asOf=2019-06-01/);
    await expect(page).toHaveURL(/status=abandoned/);
    await expect(page.getByText('Status as it stood on 1 Jun 2019')).toBeVisible();

    await page.getByRole('button', { name: 'Today', exact: true }).click();
    await expect(page).not.toHaveURL(/asOf=/);
    await expect(page.getByText(/^Status as of /)).toBeVisible();
  });

  test('the language switch is a link, and the choice stays for plain links', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: '한국어' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await page
      .getByRole('link', { name: /평양공동선언/ })
      .first()
      .click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(heading(page)).not.toHaveText(/[가-힣]/);
  });
});

test('with JavaScript, every public page hydrates without a warning or a second request', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  const reads: string[] = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/') && pathname !== '/api/v1/events') reads.push(pathname);
  });
  for (const path of PUBLIC_PAGES) {
    // Other specs write while this one runs, and a live change rightly makes a page read again: a page
    // that read something gets another look, and fails only if it reads every time (as hydration would).
    for (let attempt = 1; attempt <= 4; attempt++) {
      reads.length = 0;
      const response = await page.goto(path);
      await expect(page.locator('html.js')).toBeAttached(); // the browser's code has run
      await expect(heading(page)).toBeVisible();
      await page.waitForTimeout(800); // time for any request hydration would make (the live stream never idles)
      if (path === '/no/such/page') {
        expect(response?.status()).toBe(404);
        // The page's own 404 is reported by Chromium as a failed resource; nothing else may be.
        problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('status of 404')));
      }
      expect(problems, path).toEqual([]);
      if (reads.length === 0 || attempt === 4) expect(reads, path).toEqual([]);
      if (reads.length === 0) break;
    }
  }
  // Still interactive after hydration: a filter applies at once, without a page load.
  await page.goto('/?lang=en'); // the Korean pages above left Korean remembered
  await page.getByRole('search', { name: 'Filter commitments' }).getByLabel('Status').selectOption('stalled');
  await expect(page).toHaveURL(/status=stalled/);
  await expect(page.getByRole('button', { name: 'Apply filters' })).toBeHidden();
});
