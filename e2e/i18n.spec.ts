import { test, expect, type Page } from '@playwright/test';
import { ko } from '../client/src/lib/i18n-ko.ts';

const OLYMPICS = {
  path: '/commitments/olympics-2032-joint-bid',
  title: 'Cooperate on a joint bid to host the 2032 Summer Olympics',
  titleKo: '2032년 하계올림픽 남북공동개최 유치 협력',
  // Every seeded update has a Korean summary.
  summaryKo: 'IOC 총회가 찬성 72표, 반대 5표로 브리즈번을 2032년 하계올림픽 개최지로 선출했다.',
};
// The "영문" tag, as a screen reader reads it (the explanation is visually hidden).
const UNTRANSLATED = `${ko['content.untranslated']}: ${ko['content.untranslatedNote']}`;
const KOREAN_DATE = /\d{4}년 \d{1,2}월 \d{1,2}일/;
const ENGLISH_DATE = /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/;

async function expectKorean(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    ko['dashboard.heading'].replace('{years}', '2018'),
  );
  const main = page.getByRole('main');
  // The guard posts' status, in the Korean label chosen in docs/decisions/017-korean-labels.md.
  await expect(main).toContainText('역행');
  await expect(main).not.toContainText('Reversed');
  await expect(main.getByText(KOREAN_DATE).first()).toBeVisible();
  await expect(page.getByRole('link', { name: '한국어', exact: true })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(page.getByRole('link', { name: 'English', exact: true })).not.toHaveAttribute('aria-current');
}

test('"한국어" switches the interface to Korean, keeps it on reload and on plain links, "English" switches back', async ({
  page,
}) => {
  await page.goto('/?asOf=2026-01-01');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('main').getByText(ENGLISH_DATE).first()).toBeVisible();

  await page.getByRole('link', { name: '한국어', exact: true }).click();
  // The switch keeps the other parameters of the address.
  await expect(page).toHaveURL(/\?asOf=2026-01-01&lang=ko$/);
  await expectKorean(page);
  await expect(page).toHaveTitle(/[가-힣]/);

  await page.reload();
  await expect(page).toHaveURL(/lang=ko/);
  await expectKorean(page);

  // A plain link inside the site stays in Korean, and the address says so (so it can be shared).
  await page.getByRole('link', { name: ko['app.nav.about'], exact: true }).click();
  await expect(page).toHaveURL(/\/about\?lang=ko$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('방법론');

  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/about\?lang=en$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Methodology');
  await expect(page.getByRole('link', { name: 'English', exact: true })).toHaveAttribute(
    'aria-current',
    'true',
  );

  // English is remembered too: a plain address opens in English.
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('main')).toContainText('Reversed');
});

test('a shared ?lang=ko link opens in Korean for anyone, from the server’s first answer', async ({
  browser,
  request,
  playwright,
  baseURL,
}) => {
  const html = await (await request.get('/?lang=ko')).text();
  expect(html).toMatch(/<html lang="ko"/);
  // The server remembers the choice in a cookie (decision 061): a plain address stays Korean for this
  // reader, and is English for anyone else.
  expect(await (await request.get('/')).text()).toMatch(/<html lang="ko"/);
  const someoneElse = await playwright.request.newContext({ baseURL });
  expect(await (await someoneElse.get('/')).text()).toMatch(/<html lang="en"/);
  await someoneElse.dispose();
  // Link previews of a Korean link show the Korean title.
  const commitment = await (await request.get(`${OLYMPICS.path}?lang=ko`)).text();
  expect(commitment).toContain(`<title>${OLYMPICS.titleKo} — Accord Tracker</title>`);

  const fresh = await browser.newContext();
  const page = await fresh.newPage();
  await page.goto('/?lang=ko');
  await expectKorean(page);
  await fresh.close();
});

test('a commitment page in Korean shows the Korean title and summaries, and marks English-only content', async ({
  page,
}) => {
  await page.goto(`${OLYMPICS.path}?lang=ko`);
  const main = page.getByRole('main');
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(OLYMPICS.titleKo);
  await expect(page).toHaveTitle(`${OLYMPICS.titleKo} — Accord Tracker`);
  // The English title stays as a secondary line, marked as English.
  await expect(main.locator('[lang="en"]', { hasText: OLYMPICS.title })).toBeVisible();

  const history = page.getByRole('region', { name: ko['commitment.history'] });
  const withKorean = history.getByRole('listitem').filter({ hasText: OLYMPICS.summaryKo });
  await expect(withKorean).toBeVisible();
  await expect(withKorean).not.toContainText(ko['content.untranslated']);
  await expect(withKorean.locator('time')).toHaveText('2021년 7월 21일');

  // The clause in Korean (quoted from the Korean text), not tagged.
  const clause = page.getByRole('region', { name: ko['commitment.clause'] });
  await expect(clause.locator('.clause-text')).not.toHaveAttribute('lang', 'en');
  await expect(clause).not.toContainText(ko['content.untranslated']);

  // A clause with no Korean text in the data: shown in English, marked as English, and tagged for readers.
  await page.goto('/commitments/rail-road-links?lang=ko');
  await expect(clause.locator('p[lang="en"]')).toBeVisible();
  await expect(clause.getByText(UNTRANSLATED, { exact: true })).toBeVisible();
  await expect(page.locator('.commitment-header')).toContainText('역행');
});

test('in English the Korean title stays as a secondary line, and nothing is tagged untranslated', async ({
  page,
}) => {
  await page.goto(`${OLYMPICS.path}?lang=en`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(OLYMPICS.title);
  await expect(page.getByRole('main').locator('[lang="ko"]', { hasText: OLYMPICS.titleKo })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(ko['content.untranslated']);
});

test('a Korean commitment page shows the Korean clause text, a Korean article reference and Korean names', async ({
  page,
}) => {
  await page.goto('/commitments/denuclearisation-cooperation?lang=ko');
  const clause = page.getByRole('region', { name: ko['commitment.clause'] });
  await expect(clause.locator('.clause-text')).toHaveText(
    '남과 북은 한반도의 완전한 비핵화를 추진해나가는 과정에서 함께 긴밀히 협력해나가기로 하였다.',
  );
  await expect(clause).not.toContainText(ko['content.untranslated']);
  const details = page.getByRole('complementary');
  await expect(details).toContainText('제5조 3항');
  await expect(page.locator('.commitment-header .eyebrow')).toContainText('제5조 3항');
  await expect(page.getByRole('main')).not.toContainText('Art.');
  await expect(details).toContainText('남측(한국), 북측(북한)');
  // The place in Korean (the English agreement title stays as a secondary line).
  await expect(details).toContainText('서명: 2018년 9월 19일, 평양');

  await page.goto('/commitments/rail-road-links?lang=ko');
  await expect(details).toContainText('기한 내 이행: 2018년 12월 26일');
  await expect(details).toContainText('2018년 안에 착공식 개최.');

  await page.goto('/commitments/military-hotlines?lang=ko');
  const unanswered = page.locator('ol.history > li').filter({ hasText: '2021년 8월 북한이' });
  await expect(unanswered.locator('time').first()).toHaveText('2021년 8월');
  await expect(unanswered).toContainText('행위 주체: 북측(북한)');
  await expect(unanswered).toContainText(/\d{4}년 \d{1,2}월 \d{1,2}일 기록/);
  await expect(unanswered).toContainText(ko['evidence.sourceKind.news']);
});

test('the Korean dashboard writes article references in Korean: in the list, the chart and its tables', async ({
  page,
}) => {
  await page.goto('/?lang=ko');
  await expect(page.locator('svg.tl-chart')).toContainText('제5조 3항');
  await expect(page.locator('.tl-table').first()).toContainText('제5조 3항');
  await expect(page.getByRole('main')).not.toContainText('Art.');
});

test('Korean pages say a dispute in Korean, and use the reviewed Korean labels', async ({ page }) => {
  await page.goto('/commitments/gp-withdrawal?lang=ko');
  const disputed = page
    .locator('ol.history > li')
    .filter({ has: page.locator('.standing-tag--disputed') })
    .first();
  await expect(disputed.locator('.update__head')).toContainText(ko['evidence.disputed']);
  await expect(disputed).toContainText('이견: 검증이 실시된 사실에는 이견이 없으나');
  await expect(disputed).toContainText(ko['evidence.contests']);

  await page.goto('/?lang=ko&asOf=2019-06-01');
  // The dashboard is the heaviest page: wait for it to be drawn before reading it.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    ko['dashboard.heading'].replace('{years}', '2018'),
    {
      timeout: 15_000,
    },
  );
  await expect(page.getByRole('main')).toContainText('기한 내 미이행');
  await expect(page.getByRole('main')).not.toContainText('기한 경과');
  await expect(page.getByRole('main')).toContainText(/\d{4}년 \d{1,2}월 \d{1,2}일까지의 기록 확인/);
  await expect(
    page.getByLabel(ko['filters.category']).locator('option', { hasText: '인도적 협력' }),
  ).toHaveCount(1);
});
