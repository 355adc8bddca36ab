import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { formatDateAtPrecision } from '../shared/domain/date-precision.ts';

// Other tests run at the same time on the same database: analysts publish updates dated today and an admin
// adds an agreement. So these tests read the past (an ?asOf= date), or take their expectations from the API.

const GP_TITLE =
  "Trial withdrawal of the 11 guard posts on each side that lie within 1 km of the other side's posts";
const TROUPE_TITLE = 'Pyongyang art troupe to perform in Seoul in October';
const KAESONG_TITLE = 'Normalise the Kaesong Industrial Complex and Mount Kumgang tourism';
const RAIL_TITLE = 'Connect and modernise the east- and west-coast railways and roads';
const PAST = '2019-06-01';

interface Summary {
  slug: string;
  title: string;
  status: string;
  category: string;
  parties: string[];
  deadline: string | null;
  deadlineState: 'none' | 'pending' | 'met' | 'missed';
  reviewedThrough: string | null;
}
interface Dashboard {
  commitments: Summary[];
  counts: Record<string, number>;
}

const main = (page: Page) => page.getByRole('main');
/** The commitments listed under the agreements (not the chart, not its tables). */
const rows = (page: Page) =>
  main(page)
    .getByRole('list', { name: /^Commitments of the / })
    .getByRole('listitem');
const row = (page: Page, title: string) =>
  rows(page).filter({ has: page.getByRole('link', { name: title, exact: true }) });
const filters = (page: Page) => page.getByRole('search', { name: 'Filter commitments' });
/** The periods of "Status over time": links named "Title: Status from … to …". */
const chartPeriods = (page: Page, name?: string) =>
  page.locator('svg.tl-chart').getByRole('link', name ? { name, exact: true } : {});
const matchCount = (page: Page) => filters(page).getByRole('status');

async function dashboard(request: APIRequestContext, asOf?: string): Promise<Dashboard> {
  const response = await request.get(`/api/v1/dashboard${asOf ? `?asOf=${asOf}` : ''}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as Dashboard;
}

/** The server's own filter, as the oracle for the page's. */
async function serverMatches(request: APIRequestContext, query: string): Promise<number> {
  const response = await request.get(`/api/v1/commitments?${query}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { total: number }).total;
}

/** The as-of banner says `banner` (white space aside) and comes before `current` in the page's text. */
async function expectAsOfFirst(page: Page, banner: string, current: string) {
  const banners = page.locator('.as-of-banner');
  await expect(banners).toHaveCount(1);
  expect((await banners.innerText()).replace(/\s+/g, ' ')).toContain(banner);
  const text = await page.getByRole('main').innerText();
  expect(text.indexOf(banner.split(':')[0]!)).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(banner.split(':')[0]!)).toBeLessThan(text.indexOf(current));
}

/** "N of M commitments match", with the counts that the list shows. */
async function expectMatches(page: Page, expected: number, total: number) {
  await expect(matchCount(page)).toHaveText(
    expected === 1 ? `1 of ${total} commitments matches` : `${expected} of ${total} commitments match`,
  );
  await expect(rows(page)).toHaveCount(expected);
}

const countOf = (page: Page, label: string) =>
  main(page)
    .getByRole('region', { name: 'Status at a glance' })
    .locator('.status-counts__item')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('.status-counts__count');

test.describe('As of', () => {
  test('a date changes the counts, the statuses and the list, and lands in the URL', async ({
    page,
    request,
  }) => {
    const then = await dashboard(request, PAST);
    await page.goto('/');
    await expect(row(page, GP_TITLE)).toContainText('Reversed');

    const input = page.getByLabel('As of', { exact: true });
    await expect(input).toHaveAttribute('type', 'date');
    await expect(input).toHaveAttribute('max', new Date().toISOString().slice(0, 10));
    await input.fill(PAST);
    await expect(page).toHaveURL(`/?asOf=${PAST}`);
    await expect(main(page)).toContainText('Status as it stood on 1 Jun 2019');
    await expect(row(page, GP_TITLE)).toContainText('Implemented');
    await expect(row(page, GP_TITLE)).not.toContainText('Reversed');
    await expect(countOf(page, 'Implemented')).toHaveText(String(then.counts.implemented));
    await expect(countOf(page, 'Reversed')).toHaveText(String(then.counts.reversed));
    // Its link opens the commitment at the same date.
    await expect(row(page, GP_TITLE).getByRole('link', { name: GP_TITLE })).toHaveAttribute(
      'href',
      `/commitments/gp-withdrawal?asOf=${PAST}`,
    );
  });

  test('a shared link shows the same view to anyone', async ({ browser }) => {
    const reader = await browser.newContext();
    const page = await reader.newPage();
    await page.goto(`/?asOf=${PAST}&status=implemented`);
    await expect(page.getByLabel('As of', { exact: true })).toHaveValue(PAST);
    await expect(main(page)).toContainText('Status as it stood on 1 Jun 2019');
    await expect(page.getByLabel('Status', { exact: true })).toHaveValue('implemented');
    await expect(row(page, GP_TITLE)).toContainText('Implemented');
    for (const item of await rows(page).all()) await expect(item).toContainText('Implemented');
    await expect(page).toHaveTitle('Status as it stood on 1 Jun 2019 — Accord Tracker');
    await reader.close();
  });

  test('quick picks go to the signing date and back to today, keeping the other parameters', async ({
    page,
  }) => {
    await page.goto('/?category=military');
    const input = page.getByLabel('As of', { exact: true });
    const signing = await input.getAttribute('min');
    expect(signing).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(signing! <= '2018-09-19').toBe(true);

    await page.getByRole('button', { name: 'Signing date' }).click();
    await expect(page).toHaveURL(`/?category=military&asOf=${signing}`);
    await expect(input).toHaveValue(signing!);
    await expect(page.getByRole('button', { name: 'Signing date' })).toHaveAttribute('aria-pressed', 'true');
    // Nothing had happened to the guard posts yet.
    await expect(row(page, GP_TITLE)).toContainText('Not started');
    await expect(page.getByLabel('Category')).toHaveValue('military');

    await page.getByRole('button', { name: 'Today', exact: true }).click();
    await expect(page).toHaveURL('/?category=military');
    await expect(row(page, GP_TITLE)).toContainText('Reversed');

    // Back goes back to the signing date.
    await page.goBack();
    await expect(page).toHaveURL(`/?category=military&asOf=${signing}`);
    await expect(input).toHaveValue(signing!);
  });

  test('a date out of range is refused with a message, and the view stays', async ({ page }) => {
    await page.goto(`/?asOf=${PAST}`);
    await page.getByLabel('As of', { exact: true }).fill('2001-01-01');
    await expect(page.getByRole('alert')).toContainText('Choose a date between');
    await expect(page).toHaveURL(`/?asOf=${PAST}`);
  });

  test('a commitment opened at a date says its status then, above today’s, and marks the later entries', async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.goto(`/?asOf=${PAST}`);
    await row(page, GP_TITLE).getByRole('link', { name: GP_TITLE }).click();
    await expect(page).toHaveURL(`/commitments/gp-withdrawal?asOf=${PAST}`);
    // At the top, before today's status: the status on that date, and how many entries came later.
    await expectAsOfFirst(page, 'As of 1 Jun 2019: Implemented', 'Current status');
    await expect(page.locator('.as-of-banner')).toContainText('2 updates came after that date');
    const history = page.getByRole('region', { name: 'History' });
    await expect(history.locator('.as-of-banner')).toHaveCount(0);
    const entries = history.locator('ol > li');
    // The North's repudiation (23 Nov 2023) and the posts rebuilt the next day came after that date.
    const reversal = entries.filter({ has: page.locator('time[datetime="2023-11-23"]') });
    await expect(reversal).toContainText('After 1 Jun 2019');
    const verified = entries.filter({ has: page.locator('time[datetime="2018-12-12"]') });
    await expect(verified).toBeVisible();
    await expect(verified).not.toContainText('After 1 Jun 2019');
    await expect(entries.filter({ hasText: 'After 1 Jun 2019' })).toHaveCount(2);

    // Back to the dashboard at that date; and without the date, nothing is marked.
    await expect(page.getByRole('link', { name: 'Back to dashboard' })).toHaveAttribute(
      'href',
      `/?asOf=${PAST}`,
    );
    await page.getByRole('link', { name: 'See it as of today' }).click();
    await expect(page).toHaveURL('/commitments/gp-withdrawal');
    await expect(history.locator('ol > li').first()).toBeVisible();
    await expect(history).not.toContainText('After 1 Jun 2019');
    await expect(page.locator('.as-of-banner')).toHaveCount(0);

    // In Korean, the same banner in the same place; in the server's HTML as in the browser's.
    for (const javaScript of [true, false]) {
      const context = await browser.newContext({ baseURL, javaScriptEnabled: javaScript });
      const korean = await context.newPage();
      await korean.goto(`/commitments/gp-withdrawal?asOf=${PAST}&lang=ko`);
      if (javaScript) await expect(korean.locator('html.js')).toBeAttached();
      await expectAsOfFirst(korean, '2019년 6월 1일 기준: 이행 완료', '현재 상태');
      await expect(korean.locator('.as-of-banner')).toContainText('그날 이후의 업데이트 2건');
      await context.close();
    }
  });
});

test.describe('Status over time', () => {
  test('a figure with a row for every commitment, readable by pointer, keyboard and table', async ({
    page,
  }) => {
    await page.goto(`/?asOf=${PAST}`);
    const figure = page.getByRole('figure', { name: 'Status over time' });
    await expect(figure).toBeVisible();
    await expect(figure.locator('figcaption')).toHaveText('Status over time');

    // One row per commitment listed: every title has its periods in the chart, each a link.
    const titles = await rows(page).getByRole('link').allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(23);
    const periods = chartPeriods(page);
    await expect(periods.first()).toBeVisible();
    const names = await periods.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    for (const title of titles)
      expect(
        names.some((name) => name.startsWith(`${title}: `)),
        title,
      ).toBe(true);

    // The date shown is marked on the chart.
    await expect(figure.locator('.tl-asof')).toContainText('As of 1 Jun 2019');

    // One tab stop; focus shows the period's status, dates and update, and the arrow keys move between periods.
    const implemented = chartPeriods(page, `${GP_TITLE}: Implemented from 1 Nov 2018 to 23 Nov 2023`);
    await expect(implemented).toHaveAttribute('tabindex', /^-?\d$/);
    await implemented.focus();
    const tooltip = figure.locator('.tl-tip');
    await expect(tooltip).toContainText('Implemented');
    await expect(tooltip).toContainText('1 Nov 2018 to 23 Nov 2023');
    await expect(tooltip).toContainText('Update: Both sides pulled troops');
    await page.keyboard.press('ArrowRight');
    await expect(chartPeriods(page, `${GP_TITLE}: Reversed from 23 Nov 2023 to today`)).toBeFocused();
    await expect(tooltip).toContainText('Reversed');
    await expect(tooltip).toContainText('Since 23 Nov 2023');
    await expect(tooltip).toContainText('Update: The North’s defence ministry said');
    await expect(figure.locator('.tl-chart [tabindex="0"]')).toHaveCount(1);

    // Pointing shows the same; a period before any update says so.
    await chartPeriods(page, `${GP_TITLE}: In progress from 26 Oct 2018 to 1 Nov 2018`).hover();
    await expect(tooltip).toContainText('In progress');
    await expect(tooltip).toContainText('Update: General-level talks agreed');
    await chartPeriods(page, `${GP_TITLE}: Not started from 19 Sep 2018 to 26 Oct 2018`).hover();
    await expect(tooltip).toContainText('Not started since the signing: no update changed it');

    // The tables hold the data.
    await figure.getByText('Show the data as tables').click();
    const changes = figure.getByRole('table', { name: 'Status changes of each commitment' });
    expect(await changes.locator('tbody tr').count()).toBeGreaterThanOrEqual(23);
    const gp = changes.getByRole('row').filter({ hasText: GP_TITLE });
    await expect(gp).toContainText('26 Oct 2018: In progress');
    await expect(gp).toContainText('1 Nov 2018: Implemented');
    await expect(gp).toContainText('23 Nov 2023: Reversed');
    const totals = figure.getByRole('table', { name: 'Number of commitments at each status' });
    const shown = totals.getByRole('row').filter({ hasText: '1 Jun 2019 (date shown)' });
    await expect(shown).toBeVisible();
    const counts = (await shown.getByRole('cell').allTextContents()).map(Number);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(23);
  });

  test('the chart follows the filters', async ({ page }) => {
    await page.goto(`/?asOf=${PAST}&category=exchange`);
    const figure = page.getByRole('figure', { name: 'Status over time' });
    // Exchanges: five Pyongyang clauses, one of the military agreement's, two of Panmunjom's.
    await expect(figure).toContainText('Showing the 8 commitments that match the filters.');
    const rowTitles = () =>
      chartPeriods(page).evaluateAll((els) => [
        ...new Set(els.map((el) => (el.getAttribute('aria-label') ?? '').split(': ')[0])),
      ]);
    await expect.poll(rowTitles).toHaveLength(8);
    expect(await rowTitles()).toContain(TROUPE_TITLE);
  });

  test('a bar leads to its commitment, at the update that started the period, in the page’s language', async ({
    page,
  }) => {
    await page.goto(`/?asOf=${PAST}`);
    await expect(page.locator('html.js')).toBeAttached();
    const implemented = chartPeriods(page, `${GP_TITLE}: Implemented from 1 Nov 2018 to 23 Nov 2023`);
    await expect(implemented).toHaveAttribute(
      'href',
      /^\/commitments\/gp-withdrawal\?asOf=2019-06-01#update-\d+$/,
    );
    await implemented.click();
    await expect(page).toHaveURL(/\/commitments\/gp-withdrawal\?asOf=2019-06-01#update-\d+$/);
    const anchored = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
    await expect(anchored.locator('time').first()).toHaveAttribute('datetime', '2018-11-01');
    await expect(anchored).toBeInViewport();

    // Enter on the focused period follows its link too.
    await page.goBack();
    await expect(page).toHaveURL(`/?asOf=${PAST}`);
    await chartPeriods(page, `${GP_TITLE}: In progress from 26 Oct 2018 to 1 Nov 2018`).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/commitments\/gp-withdrawal\?asOf=2019-06-01#update-\d+$/);
    await expect(page.locator(`[id="${new URL(page.url()).hash.slice(1)}"] time`).first()).toHaveAttribute(
      'datetime',
      '2018-10-26',
    );

    // In Korean: the Korean summary, and the commitment page opens in Korean.
    await page.goto(`/?asOf=${PAST}&lang=ko`);
    await expect(page.locator('html.js')).toBeAttached();
    const korean = page.locator('.tl-chart a[href*="gp-withdrawal"]').nth(2);
    await korean.hover();
    await expect(page.locator('.tl-tip')).toContainText('업데이트: 남북은 각각 11개 GP의');
    await korean.click();
    await expect(page).toHaveURL(/\/commitments\/gp-withdrawal\?asOf=2019-06-01&lang=ko#update-\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('감시초소');
    await expect(page.getByRole('main')).toContainText('현재 상태');
  });
});

test.describe('Filters and search', () => {
  test('each filter narrows the list, says how many match, and lives in the URL', async ({
    page,
    request,
  }) => {
    const asOf = '2025-06-30';
    const total = (await dashboard(request, asOf)).commitments.length;
    await page.goto(`/?asOf=${asOf}`);
    await expect(page.locator('html.js')).toHaveCount(1); // hydrated: the menus filter as they change
    await expect(matchCount(page)).toHaveText(`All ${total} commitments`);

    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Reversed' });
    await expect(page).toHaveURL(`/?asOf=${asOf}&status=reversed`);
    await expectMatches(page, await serverMatches(request, `status=reversed&asOf=${asOf}`), total);
    for (const item of await rows(page).all()) await expect(item).toContainText('Reversed');

    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Any status' });
    await page.getByLabel('Category').selectOption({ label: 'Sports and culture' });
    await expect(page).toHaveURL(`/?asOf=${asOf}&category=exchange`);
    await expectMatches(page, await serverMatches(request, `category=exchange&asOf=${asOf}`), total);

    await page.getByLabel('Category').selectOption({ label: 'Any category' });
    await page.getByLabel('Party').selectOption('UNC');
    await expect(page).toHaveURL(`/?asOf=${asOf}&party=UNC`);
    await expectMatches(page, 1, total);
    await expect(row(page, 'Disarm the Joint Security Area at Panmunjom')).toBeVisible();

    await page.getByLabel('Party').selectOption({ label: 'Any party' });
    await expect(page).toHaveURL(`/?asOf=${asOf}`);
  });

  test('search matches titles in both languages and the clause text', async ({ page, request }) => {
    const asOf = '2025-06-30';
    const total = (await dashboard(request, asOf)).commitments.length;
    await page.goto(`/?asOf=${asOf}`);
    await expect(page.locator('html.js')).toHaveCount(1); // hydrated: the search box filters as it is typed in
    const search = page.getByLabel('Search');

    await search.fill('GUARD POSTS');
    await expect(page).toHaveURL(`/?asOf=${asOf}&q=GUARD+POSTS`);
    await expectMatches(page, await serverMatches(request, `q=guard%20posts&asOf=${asOf}`), total);
    await expect(row(page, GP_TITLE)).toBeVisible();

    await search.fill('하계올림픽'); // in the Korean titles of the two Olympic commitments
    await expect(page).toHaveURL(`/?asOf=${asOf}&q=${encodeURIComponent('하계올림픽')}`);
    await expectMatches(page, 2, total);
    await expect(row(page, 'Cooperate on a joint bid to host the 2032 Summer Olympics')).toBeVisible();

    await search.fill('ecosystem'); // only in the clause text
    await expectMatches(page, await serverMatches(request, `q=ecosystem&asOf=${asOf}`), total);
    await expect(row(page, 'Environmental cooperation, starting with forestry')).toBeVisible();

    await search.fill('no such words anywhere');
    await expect(matchCount(page)).toHaveText(`0 of ${total} commitments match`);
    await expect(main(page)).toContainText('No commitment matches these filters.');
    await page.getByRole('button', { name: 'Show all commitments' }).click();
    await expect(page).toHaveURL(`/?asOf=${asOf}`);
    await expect(search).toHaveValue('');
  });

  test('filters combine, survive a reload, and "Clear filters" resets them but keeps the date', async ({
    page,
    request,
  }) => {
    const asOf = '2025-06-30';
    const total = (await dashboard(request, asOf)).commitments.length;
    await page.goto(`/?asOf=${asOf}&lang=en`);
    await page.getByLabel('Status', { exact: true }).selectOption('reversed');
    await page.getByLabel('Category').selectOption('military');
    await page.getByLabel('Search').fill('border');
    await expect(page).toHaveURL(`/?asOf=${asOf}&lang=en&status=reversed&category=military&q=border`);
    const expected = await serverMatches(request, `status=reversed&category=military&q=border&asOf=${asOf}`);
    expect(expected).toBeGreaterThan(0);
    await expectMatches(page, expected, total);

    await page.reload();
    await expect(page.getByLabel('Search')).toHaveValue('border');
    await expectMatches(page, expected, total);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(`/?asOf=${asOf}&lang=en`);
    await expect(matchCount(page)).toHaveText(`All ${total} commitments`);
    await expect(page.getByLabel('Status', { exact: true })).toHaveValue('');
    await expect(page.getByLabel('Search')).toHaveValue('');
    await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
  });
});

test.describe('Deadlines', () => {
  test('a passed deadline of an unfinished commitment says "Deadline missed", and the list filters to them', async ({
    page,
    request,
  }) => {
    const asOf = '2019-06-01';
    await page.goto(`/?asOf=${asOf}`);
    // The art troupe was due in Seoul by 31 Oct 2018 and never came.
    const troupe = row(page, TROUPE_TITLE);
    await expect(troupe).toContainText('Deadline 31 Oct 2018');
    await expect(troupe).toContainText('Deadline missed');
    // The rail groundbreaking was held in time: met, with its date, however the clause fared later.
    await expect(row(page, RAIL_TITLE)).toContainText('Deadline met 26 Dec 2018');
    await expect(row(page, RAIL_TITLE)).not.toContainText('Deadline missed');
    // A condition instead of a date.
    await expect(row(page, KAESONG_TITLE)).toContainText('When conditions are in place.');

    await page.getByLabel('Deadline missed').check();
    await expect(page).toHaveURL(`/?asOf=${asOf}&missed=1`);
    const { commitments } = await dashboard(request, asOf);
    // The payload's deadlineState is the shared rule as of the date shown.
    const missed = commitments.filter((c) => c.deadlineState === 'missed');
    expect(missed.length).toBeGreaterThan(0);
    await expectMatches(page, missed.length, commitments.length);
    for (const item of await rows(page).all()) await expect(item).toContainText('Deadline missed');
    await expect(troupe).toBeVisible();
    await expect(row(page, RAIL_TITLE)).toHaveCount(0);

    // Before the deadline, nothing was missed yet.
    await page.goto('/?asOf=2018-10-31&missed=1');
    await expect(row(page, TROUPE_TITLE)).toHaveCount(0);
  });

  test('the commitment page says so too, with the deadline and its terms', async ({ page }) => {
    await page.goto('/commitments/art-troupe-seoul');
    const details = page.getByRole('complementary');
    await expect(details).toContainText('31 Oct 2018');
    await expect(details).toContainText('Deadline missed');
    await page.goto('/commitments/rail-road-links');
    await expect(page.getByRole('complementary')).toContainText('Deadline met 26 Dec 2018');
    await expect(page.getByRole('complementary')).not.toContainText('Deadline missed');
    // Before the groundbreaking, the deadline was still ahead.
    await page.goto('/commitments/rail-road-links?asOf=2018-12-01');
    await expect(page.getByRole('complementary')).toContainText('Due 31 Dec 2018');
    await page.goto('/commitments/kaesong-kumgang-normalisation');
    await expect(page.getByRole('complementary')).toContainText('When conditions are in place.');
    await expect(page.getByRole('complementary')).not.toContainText('Deadline missed');
  });
});

test('the first screen says how far the record has been checked', async ({ page, request }) => {
  await page.goto('/');
  // Analysts' tests may record updates and reviews meanwhile: the expectation is read again until both agree.
  await expect(async () => {
    const { commitments } = await dashboard(request);
    const checked = commitments.flatMap((c) => (c.reviewedThrough ? [c.reviewedThrough] : [])).sort();
    expect(checked.length).toBeGreaterThan(0);
    await page.reload();
    await expect(main(page)).toContainText(
      `Record checked through ${formatDateAtPrecision(checked[0]!, 'day', 'en')}`,
      { timeout: 2_000 },
    );
    const unchecked = commitments.length - checked.length;
    if (unchecked > 0)
      await expect(main(page)).toContainText(
        `${unchecked} ${unchecked === 1 ? 'commitment' : 'commitments'} not checked yet`,
        { timeout: 2_000 },
      );
  }).toPass({ timeout: 20_000 });
});

test('the party filter names the parties, never by code', async ({ page }) => {
  await page.goto(`/?asOf=${PAST}`);
  const party = page.getByLabel('Party');
  await expect(party.locator('option', { hasText: 'United Nations Command' })).toHaveAttribute(
    'value',
    'UNC',
  );
  await expect(party.locator('option', { hasText: 'North Korea' })).toHaveAttribute('value', 'DPRK');
  for (const label of await party.locator('option').allTextContents())
    expect(label, 'a party code shown as a label').not.toMatch(/^[A-Z0-9]{2,16}$/);
});
