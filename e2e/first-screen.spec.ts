import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { Dashboard, Timeline } from '../shared/contracts/public.ts';
import { shareSeries, turningPoints } from '../shared/domain/compare.ts';

// Other specs publish updates dated today while these run: expectations are read from the API (and read
// again until page and API agree), or taken from a past date.

const PAST = '2019-06-01';

/** "early 2019", "mid-2019", "late 2019": January-April, May-August, September-December. */
function roughly(date: string): string {
  const month = Number(date.slice(5, 7));
  const year = date.slice(0, 4);
  return month <= 4 ? `early ${year}` : month <= 8 ? `mid-${year}` : `late ${year}`;
}

async function read<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  return (await response.json()) as T;
}

/** The headline the page should show on `end`, computed from the API by the shared rule. */
async function expectedHeadline(request: APIRequestContext, end: string) {
  const dashboard = await read<Dashboard>(request, `/api/v1/dashboard${end < today() ? `?asOf=${end}` : ''}`);
  const timeline = await read<Timeline>(request, '/api/v1/timeline');
  const slugs = new Set(dashboard.commitments.map((c) => c.slug));
  const start = dashboard.agreements.map((a) => a.signedOn).sort()[0]!;
  const series = shareSeries(
    timeline.commitments.filter((c) => slugs.has(c.slug)).map((c) => c.changes),
    start,
  ).filter((point) => point.date <= end);
  const { peak } = turningPoints(series);
  const now = series.at(-1)!;
  const when = peak ? roughly(peak.date) : '';
  const trend = !peak
    ? 'None so far'
    : now.done < peak.done
      ? `Down from ${peak.done} in ${when}, the peak`
      : `The highest so far, first reached in ${when}`;
  return { done: now.done, total: now.total, trend };
}

const today = () => new Date().toISOString().slice(0, 10);
const headline = (page: Page) => page.getByRole('region', { name: 'Progress' });
const hydrated = (page: Page) => expect(page.locator('html.js')).toHaveCount(1);

test('the first screen names what is tracked and tells the story: the figure, its peak and a line', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'The 2018 Korean peace agreements, commitment by commitment',
  );
  await expect(async () => {
    const expected = await expectedHeadline(request, today());
    await page.reload();
    await expect(headline(page)).toContainText(
      `${expected.done} of ${expected.total} commitments implemented or partially implemented`,
      { timeout: 2_000 },
    );
    await expect(headline(page)).toContainText(expected.trend, { timeout: 2_000 });
  }).toPass();
  const line = headline(page).getByRole('img', {
    name: /^Line of commitments implemented or partially implemented/,
  });
  await expect(line).toHaveAttribute('aria-label', /Peak of \d+, first reached on/);
  // The peak and the falls are marked on the line.
  await expect(line.locator('.progress-line__peak')).toHaveCount(1);
  expect(await line.locator('.progress-line__fall').count()).toBeGreaterThan(0);

  // A past date tells the story as it stood then, with today's figure beside it.
  const then = await expectedHeadline(request, PAST);
  await page.goto(`/?asOf=${PAST}`);
  await expect(headline(page)).toContainText(
    `${then.done} of ${then.total} commitments implemented or partially implemented`,
  );
  await expect(headline(page)).toContainText('On 1 Jun 2019');
  await expect(headline(page)).toContainText(then.trend);
  await expect(headline(page)).toContainText(/Today: \d+ of \d+/);
  await expect(headline(page).getByRole('link', { name: 'See it as of today' })).toHaveAttribute('href', '/');
});

test('the headline reads the same without JavaScript, in Korean too', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const then = await expectedHeadline(request, PAST);
  await page.goto(`/?asOf=${PAST}`);
  await expect(headline(page)).toContainText(`${then.done} of ${then.total} commitments`);
  await expect(headline(page)).toContainText(then.trend);
  await page.goto(`/?asOf=${PAST}&lang=ko`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '2018년 한반도 평화 합의, 약속별 이행 현황',
  );
  await expect(page.getByRole('region', { name: '이행률' })).toContainText(`(전체 ${then.total}건)`);
  await context.close();
});

test('the status tiles are links that filter the list, and the chosen one clears it', async ({ page }) => {
  await page.goto(`/?asOf=${PAST}`);
  await hydrated(page);
  const tiles = page.getByRole('region', { name: 'Status at a glance' });
  const stalled = tiles.getByRole('link', { name: 'Show only Stalled commitments' });
  await stalled.click();
  await expect(page).toHaveURL(new RegExp(`\\?asOf=${PAST}&status=stalled$`));
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('stalled');
  const lists = page.getByRole('main').getByRole('list', { name: /^Commitments of the / });
  for (const item of await lists.getByRole('listitem').all()) await expect(item).toContainText('Stalled');
  await tiles.getByRole('link', { name: 'Show all statuses again' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?asOf=${PAST}$`));
  // A status no commitment has is not a link: it would lead to an empty list.
  const dashboard = await read<Dashboard>(page.request, `/api/v1/dashboard?asOf=${PAST}`);
  const zero = Object.entries(dashboard.counts).filter(([, count]) => count === 0).length;
  await expect(tiles.getByRole('link')).toHaveCount(7 - zero);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the list comes first, the filters fold away, and a switch shows the timeline or the table', async ({
    page,
  }) => {
    await page.goto(`/?asOf=${PAST}`);
    await hydrated(page);
    const list = page.getByRole('list', { name: /^Commitments of the Pyongyang/ });
    const chart = page.getByRole('figure', { name: 'Status over time' });
    await expect(list).toBeVisible();
    await expect(chart).toBeHidden();
    // Folded: one line, and the menus open on demand.
    await expect(page.getByLabel('Status', { exact: true })).toBeHidden();
    await page.getByText('Filters', { exact: true }).click();
    await expect(page.getByLabel('Status', { exact: true })).toBeVisible();

    const views = page.getByRole('navigation', { name: 'Show the commitments as' });
    await expect(views.getByRole('link', { name: 'List' })).toHaveAttribute('aria-current', 'true');
    await views.getByRole('link', { name: 'Timeline' }).click();
    await expect(page).toHaveURL(/view=timeline/);
    await expect(chart).toBeVisible();
    await expect(list).toBeHidden();
    await views.getByRole('link', { name: 'Table' }).click();
    await expect(page.getByRole('table', { name: 'Status changes of each commitment' })).toBeVisible();
    await expect(list).toBeHidden();
  });

  test('a filter that came in the address keeps the fold open and says how many are on', async ({ page }) => {
    await page.goto(`/?asOf=${PAST}&status=stalled&view=table`);
    await expect(page.getByText('Filters · 1 on')).toBeVisible();
    await expect(page.getByLabel('Status', { exact: true })).toBeVisible();
  });
});

test('on a wide screen the filters are always shown and there is no switch', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByLabel('Status', { exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Show the commitments as' })).toBeHidden();
  await expect(page.getByRole('figure', { name: 'Status over time' })).toBeVisible();
});
