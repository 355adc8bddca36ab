import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from './support/accounts.ts';
import { signIn } from './support/session.ts';

const PYONGYANG = 'Pyongyang Joint Declaration of September 2018';
const SHOTS = process.env.SCREENSHOTS_DIR;

/** Screenshots at a phone's and a desktop's width, when SCREENSHOTS_DIR asks for them (to look at, not compare). */
async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(150); // the chart redraws at the new width
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
    // The first screen too: a full page at 375 px is too tall to read once scaled down.
    if (width === 375) await page.screenshot({ path: `${SHOTS}/${name}-${width}-top.png` });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test('/compare shows a line per agreement, its turning points, a table and the CSV, in English and Korean', async ({
  page,
}) => {
  test.setTimeout(120_000); // many steps, and full-page screenshots when asked for
  await page.goto('/');
  await page.getByRole('link', { name: 'Compare the agreements side by side' }).click();
  await expect(page).toHaveURL(/\/compare$/);
  await expect(page.getByRole('heading', { level: 1, name: 'The agreements side by side' })).toBeVisible();
  await expect(page).toHaveTitle(/The agreements side by side/);

  const chart = page.getByRole('img', { name: 'Share of commitments implemented or partially implemented' });
  await expect(chart).toBeVisible();
  expect(await chart.locator('.compare-line').count()).toBeGreaterThanOrEqual(2);
  // The seeded record rose and fell: a peak and at least one fall are marked.
  await expect(chart.locator('.compare-marker--peak').first()).toBeAttached();
  await expect(chart.locator('.compare-marker--fall').first()).toBeAttached();

  const legend = page.getByRole('list', { name: 'Agreements' });
  await expect(legend.getByRole('link', { name: PYONGYANG })).toBeVisible();
  await expect(legend).toContainText(/peak \d+% on/);

  const table = page.getByRole('table', { name: 'Each day the share changed, per agreement' });
  await expect(table.getByRole('rowheader', { name: PYONGYANG })).toBeVisible();
  await expect(table.getByRole('cell', { name: 'peak' }).first()).toBeVisible();
  await expect(table.getByRole('cell', { name: /^fell from \d+%$/ }).first()).toBeVisible();

  const csvLink = page.getByRole('link', { name: 'Download the series (CSV)' });
  const csv = await page.request.get((await csvLink.getAttribute('href'))!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(await csv.text()).toContain('agreement,agreement_title,date,implemented_or_partial,total,percent');
  await shoot(page, 'compare-en');

  await page.getByRole('link', { name: '한국어', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '합의별 이행 추이 비교' })).toBeVisible();
  await expect(page.getByRole('table', { name: '합의별로 비율이 바뀐 날' })).toBeVisible();
  await expect(page.getByRole('link', { name: '시계열 내려받기 (CSV)' })).toBeVisible();
  await shoot(page, 'compare-ko');
});

test('the dashboard filters to one agreement with ?agreement=, in the URL and in the form', async ({
  page,
}) => {
  await page.goto('/?agreement=comprehensive-military-agreement-2018');
  const menu = page.getByLabel('Agreement', { exact: true });
  await expect(menu).toHaveValue('comprehensive-military-agreement-2018');
  await expect(page.getByRole('region', { name: 'Comprehensive Military Agreement' })).toBeVisible();
  await expect(page.getByRole('region', { name: PYONGYANG })).toHaveCount(0);

  await menu.selectOption({ label: PYONGYANG });
  await expect(page).toHaveURL(/agreement=pyongyang-joint-declaration-2018/);
  await expect(page.getByRole('region', { name: PYONGYANG })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Comprehensive Military Agreement' })).toHaveCount(0);

  await menu.selectOption({ label: 'Any agreement' });
  await expect(page).not.toHaveURL(/agreement=/);
  await expect(page.getByRole('region', { name: 'Comprehensive Military Agreement' })).toBeVisible();
});

test('an admin relates agreements and clauses in the admin area; both pages show it, both ways', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000); // a long story: two forms, four pages, two languages
  const run = Date.now().toString(36);
  const slug = `panmunjom-e2e-${run}`;
  // Not named like a seeded agreement: other specs count the seeded agreements' lists by their titles.
  const title = `Relations test accord ${run}`;
  const csrf = await signIn(context, ADMIN, baseURL!);
  const headers = { Origin: baseURL!, 'X-CSRF-Token': csrf };
  // Data factory: an agreement with one clause, through the API (the admin form for them has its own test).
  const created = await page.request.post('/api/v1/agreements', {
    headers,
    data: {
      slug,
      title,
      signedOn: '2018-04-27',
      place: 'Panmunjom',
      parties: ['ROK', 'DPRK'],
      summary: 'Test',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const clause = await page.request.post('/api/v1/commitments', {
    headers,
    data: {
      agreement: slug,
      slug: `reunions-${run}`,
      articleRef: '1(5)',
      title: `Family reunions ${run}`,
      text: 'Reunions of separated families on 15 August.',
      category: 'humanitarian',
      parties: ['ROK', 'DPRK'],
    },
  });
  expect(clause.status(), await clause.text()).toBe(201);

  await page.goto(`/admin/agreements/${slug}`);
  const relations = page.getByRole('region', { name: 'Relations to other agreements' });
  await relations.getByLabel('Relation', { exact: true }).selectOption({ label: 'Builds on' });
  await relations.getByLabel('Other agreement').selectOption({ label: PYONGYANG });
  await relations
    .getByRole('textbox', { name: 'Note', exact: true })
    .fill('Pyongyang builds on it, in fact; a test.');
  await relations.getByRole('button', { name: 'Add relation' }).click();
  await expect(relations.getByRole('listitem').filter({ hasText: `Builds on ${PYONGYANG}` })).toBeVisible();
  // The same pair again, the other way round too, is refused: one relation per pair.
  await relations.getByLabel('Relation', { exact: true }).selectOption({ label: 'Implements' });
  await relations.getByLabel('Other agreement').selectOption({ label: PYONGYANG });
  await relations.getByRole('button', { name: 'Add relation' }).click();
  await expect(relations.getByText('are already related')).toBeVisible();

  const clauses = page.getByRole('region', { name: 'Relations between commitments' });
  await clauses
    .getByLabel('Commitment of this agreement')
    .selectOption({ label: `1(5) · Family reunions ${run}` });
  await clauses.getByLabel('Relation', { exact: true }).selectOption({ label: 'Carries out' });
  await clauses.getByLabel('Commitment of another agreement').selectOption({
    label: 'Art. 3(1) · Open the permanent reunion facility for separated families at Mount Kumgang',
  });
  await clauses.getByRole('button', { name: 'Add relation' }).click();
  await expect(clauses.getByText('Relation added.')).toBeVisible();

  // The commitment page says it, linking to the other clause; that clause says it back.
  await page.goto(`/commitments/reunions-${run}`);
  const related = page.getByRole('region', { name: 'Related commitments' });
  await expect(related).toContainText('Carries out');
  await related.getByRole('link', { name: new RegExp(`^${PYONGYANG} Art\\. 3\\(1\\)`) }).click();
  await expect(page).toHaveURL(/\/commitments\/kumgang-family-facility$/);
  const back = page.getByRole('region', { name: 'Related commitments' });
  await expect(back).toContainText('Carried out by');
  await expect(back.getByRole('link', { name: `${title} 1(5)` })).toBeVisible();

  // The agreement pages, both ways.
  await page.goto(`/agreements/${slug}`);
  await expect(page.getByRole('region', { name: 'Related agreements' })).toContainText(
    `Builds on ${PYONGYANG}`,
  );
  await page.goto('/agreements/pyongyang-joint-declaration-2018');
  const incoming = page.getByRole('region', { name: 'Related agreements' });
  await expect(incoming).toContainText(`Built on by ${title}`);

  await page.goto(`/commitments/reunions-${run}`);
  await shoot(page, 'commitment-relation-en');
  await page.getByRole('link', { name: '한국어', exact: true }).click();
  await expect(page.getByRole('region', { name: '관련 합의 사항' })).toContainText('이행 대상 조항');
  await shoot(page, 'commitment-relation-ko');
  await page.getByRole('link', { name: 'English', exact: true }).click();
  // The choice is remembered (a cookie) once the switch has happened: only then go on to the next page.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Removed from the admin area, it is gone from both pages.
  await page.goto(`/admin/agreements/${slug}`);
  const again = page.getByRole('region', { name: 'Relations to other agreements' });
  await again.getByRole('button', { name: `Remove the relation with ${PYONGYANG}` }).click();
  await expect(again.getByText('Relation removed.')).toBeVisible();
  await page.goto('/agreements/pyongyang-joint-declaration-2018');
  await expect(page.getByRole('heading', { level: 1, name: PYONGYANG })).toBeVisible();
  // The seeded relations (Panmunjom, Singapore) stay; the test's is gone.
  await expect(page.getByRole('region', { name: 'Related agreements' })).not.toContainText(title);
});
