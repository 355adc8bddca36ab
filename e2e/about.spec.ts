import { test, expect } from '@playwright/test';
import { STATUS_KEYS, STATUS_LABELS, STATUS_MEANINGS } from '../shared/domain/status.ts';
import { ko } from '../client/src/lib/i18n-ko.ts';

// The seed's latest event; analysts' tests may add later ones while this runs.
const SEED_LATEST = '2026-02-19';
const ENGLISH_DATE = /^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}$/;

test('/about explains the method: headings in order, the seven statuses, progress, citing, licence, latest update', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Methodology' }).click();
  await expect(page).toHaveURL('/about');
  await expect(page).toHaveTitle('Methodology — Accord Tracker');

  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Methodology');
  await expect(main.getByRole('heading', { level: 2 })).toHaveText([
    'On this page',
    'What the tracker covers',
    'The seven statuses',
    'How a status is assigned and changed',
    'How sure, how precise, how recent',
    'The progress figure',
    'Sources',
    'How to cite the tracker',
    'Open data and licence',
    'Corrections',
  ]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

  // Coverage: the two agreements, from the signing.
  const coverage = main.getByRole('region', { name: 'What the tracker covers' });
  await expect(coverage).toContainText('Pyongyang Joint Declaration');
  await expect(coverage).toContainText('19 Sep 2018');

  // Every status, with the contract's label and meaning.
  const statuses = main.getByRole('region', { name: 'The seven statuses' });
  const items = statuses.locator('dl > div');
  await expect(items).toHaveCount(7);
  for (const [index, status] of STATUS_KEYS.entries()) {
    await expect(items.nth(index).locator('dt')).toHaveText(STATUS_LABELS[status]);
    await expect(items.nth(index).locator('dd')).toContainText(`${STATUS_MEANINGS[status]}.`);
  }

  const rules = main.getByRole('region', { name: 'How a status is assigned and changed' });
  await expect(rules).toContainText('retraction, never by deletion');
  await expect(rules).toContainText('?asOf=');
  // The evidence model's definitions.
  const evidence = main.getByRole('region', { name: 'How sure, how precise, how recent' });
  for (const term of [
    'Standing',
    'Date precision',
    'Deadlines met and missed',
    'Checked through',
    'Developments',
    'Kinds of source',
  ])
    await expect(evidence.locator('dt', { hasText: term })).toBeVisible();
  await expect(evidence).toContainText('Claimed by');
  await expect(evidence).toContainText('Met late, on');
  await expect(statuses).toContainText('not who is to blame');
  const progress = main.getByRole('region', { name: 'The progress figure' });
  await expect(progress).toContainText(
    'Progress = (Implemented + Partially implemented) / all tracked commitments, at the date shown.',
  );
  await expect(progress).toContainText(/Today: \d+ of \d+ commitments, \d+%\./);
  await expect(main.getByRole('region', { name: 'Sources' })).toContainText('(unconfirmed)');

  // The citation: the name, a title in quotes, a permanent link, the access date.
  const cite = main.getByRole('region', { name: 'How to cite the tracker' });
  // The date in full, as references write it ("3 December 2026"), like each commitment's "Cite" section.
  const today = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date());
  await expect(cite.locator('.about-cite__example')).toHaveText(
    new RegExp(`^Accord Tracker, “[^”]+”, http://[^ ]+/commitments/[a-z0-9-]+, accessed ${today}$`),
  );

  // The licence and the open data.
  const data = main.getByRole('region', { name: 'Open data and licence' });
  await expect(data).toContainText('CC BY 4.0');
  await expect(data.getByRole('link', { name: /CC BY 4\.0/ })).toHaveAttribute(
    'href',
    'https://creativecommons.org/licenses/by/4.0/',
  );
  for (const href of ['/api/docs', '/api/v1/export.csv', '/api/v1/export.json', '/feed.atom'])
    await expect(data.locator(`a[href="${href}"]`)).toBeVisible();

  // The latest update, as a date.
  const latest = main.locator('.about__updated time');
  await expect(latest).toHaveText(ENGLISH_DATE);
  expect((await latest.getAttribute('datetime'))! >= SEED_LATEST).toBe(true);
  await expect(main.locator('.about__updated')).toContainText('Latest update in the data:');
});

test('/about in Korean: the Korean labels and definitions, the citation and the date in Korean', async ({
  page,
}) => {
  await page.goto('/about?lang=ko');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('방법론');
  await expect(page).toHaveTitle('방법론 — Accord Tracker');
  const items = main.getByRole('region', { name: '일곱 가지 이행 상태' }).locator('dl > div');
  await expect(items).toHaveCount(7);
  for (const [index, status] of STATUS_KEYS.entries()) {
    await expect(items.nth(index).locator('dt')).toHaveText(ko[`status.${status}`]);
    await expect(items.nth(index).locator('dd')).toContainText(ko[`statusMeaning.${status}`]);
  }
  // "역행" names what happened, not who is to blame; the evidence model's terms, in Korean.
  await expect(main.getByRole('region', { name: '일곱 가지 이행 상태' })).toContainText(
    '어느 쪽의 책임인지 판단하는 말이 아닙니다',
  );
  const evidence = main.getByRole('region', { name: '확실성, 날짜의 정밀도, 확인 시점' });
  await expect(evidence).toContainText('기한 내 미이행');
  await expect(evidence).toContainText('2019년 3월');
  await expect(main.getByRole('region', { name: '이행률' })).toContainText(
    '이행률 = (이행 완료 + 부분 이행) ÷ 추적 중인 전체 합의 사항',
  );
  await expect(main.locator('.about-cite__example')).toHaveText(
    /^Accord Tracker, 「.+」, http:\/\/[^ ]+\/commitments\/[a-z0-9-]+, \d{4}년 \d{1,2}월 \d{1,2}일 접속$/,
  );
  await expect(main.locator('.about__updated time')).toHaveText(/^\d{4}년 \d{1,2}월 \d{1,2}일$/);
  await expect(main.getByRole('region', { name: '공개 데이터와 라이선스' })).toContainText('CC BY 4.0');
});
