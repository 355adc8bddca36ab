import { expect, test, type Page } from '@playwright/test';
import { ANALYST } from './support/accounts.ts';
import { publishUpdate, signIn, todayInSeoul } from './support/session.ts';

// Each test works on commitments of its own: the tests run in parallel against one database.

const history = (page: Page) => page.getByRole('region', { name: 'History' }).locator('ol > li');
const run = Date.now().toString(36);
const unique = (text: string) => `${text} (${run})`;

type Commitment = {
  version: number;
  status: string;
  reviewedThrough: string | null;
  updates: { summary: string; developmentId: number | null }[];
};
const getCommitment = async (page: Page, slug: string) =>
  (await (await page.request.get(`/api/v1/commitments/${slug}`)).json()) as Commitment;

/** The event fields every update and development needs: who acted, and one source with its kind. */
async function fillEvidence(page: Page, summary: string, url: string) {
  await page.getByRole('group', { name: 'Who acted or made the claim' }).getByLabel('North Korea').check();
  await page.getByLabel('Summary', { exact: true }).fill(summary);
  await page.getByLabel('Source URL').fill(url);
  await page.getByLabel('Source title').fill('Workspace test source');
  await page.getByLabel('Source kind').selectOption({ label: 'Official' });
}

test('signing in without a page to return to lands on the analyst workspace', async ({
  page,
  context,
  baseURL,
}) => {
  // Data factory: an update without a Korean summary (what "Missing Korean" and the lint report), on a
  // commitment no other spec touches, at the status it already has, so no other spec's figures move.
  const slug = 'pmj-high-level-talks';
  const csrf = await signIn(context, ANALYST, baseURL!);
  const { status } = (await (await context.request.get(`/api/v1/commitments/${slug}`)).json()) as {
    status: string;
  };
  await publishUpdate(context.request, baseURL!, csrf, slug, { summary: unique('English only'), status });
  await context.clearCookies();
  await page.goto('/login');
  await page.getByLabel('Username').fill(ANALYST.username);
  await page.getByLabel('Password').fill(ANALYST.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL('/workspace');
  await expect(page.getByRole('heading', { level: 1, name: 'Analyst workspace' })).toBeVisible();
  const stale = page.getByRole('region', { name: 'Least recently checked' });
  await expect(stale.getByRole('listitem').first()).toBeVisible();
  // Like the lint, this reads every commitment's history: seconds on a busy test machine.
  await expect(page.getByRole('region', { name: 'Missing Korean' })).toContainText(
    /updates? without a Korean summary/,
    { timeout: 20_000 },
  );
  // The lint reads every commitment's history: on a busy test machine that takes a few seconds.
  await expect(page.getByRole('region', { name: 'Record lint' }).getByRole('listitem').first()).toBeVisible({
    timeout: 20_000,
  });
});

test('a development moves three commitments at once, each with its own update', async ({
  page,
  context,
  baseURL,
}) => {
  const slugs = ['joint-anniversaries', 'health-epidemics', 'video-reunions'];
  await signIn(context, ANALYST, baseURL!);
  await page.goto(`/commitments/${slugs[0]}`);
  await page.getByRole('link', { name: 'Record a development' }).click();
  await expect(page).toHaveURL(`/workspace/developments/new?commitment=${slugs[0]}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Record a development' })).toBeVisible();

  await page.getByLabel('Date', { exact: true }).fill(todayInSeoul());
  const summary = unique('A joint statement suspended all exchanges');
  await fillEvidence(page, summary, `https://example.org/development-${run}`);

  // The commitment the analyst came from is already chosen; two more are added.
  const first = page.getByRole('group', { name: 'Effect 1' });
  await expect(first.getByLabel('Commitment')).toHaveValue(slugs[0]!);
  await first.getByLabel('New status').selectOption({ label: 'Stalled' });
  for (const [index, slug] of slugs.slice(1).entries()) {
    await page.getByRole('button', { name: 'Add a commitment' }).click();
    const effect = page.getByRole('group', { name: `Effect ${index + 2}` });
    await effect.getByLabel('Commitment').selectOption(slug);
    await effect.getByLabel('New status').selectOption({ label: 'Stalled' });
  }
  await page.getByRole('button', { name: 'Publish development' }).click();

  const done = page.getByRole('status').filter({ hasText: 'Development recorded: 3 commitments updated.' });
  await expect(done).toBeVisible();
  for (const slug of slugs) {
    const now = await getCommitment(page, slug);
    expect(now.status).toBe('stalled');
    expect(now.updates[0]!.summary).toBe(summary);
    expect(now.updates[0]!.developmentId).not.toBeNull();
  }
  await done.getByRole('link').nth(2).click();
  await expect(history(page).first()).toContainText(summary);
});

test('a development on a commitment someone else just changed writes nothing, names it, and reloads', async ({
  page,
  context,
  baseURL,
}) => {
  const slugs = ['kumgang-family-facility', 'kim-seoul-visit'];
  const csrf = await signIn(context, ANALYST, baseURL!);
  await page.goto('/workspace/developments/new');
  await page.getByLabel('Date', { exact: true }).fill(todayInSeoul());
  const summary = unique('Talks on reunions resumed');
  await fillEvidence(page, summary, `https://example.org/stale-${run}`);
  for (const [index, slug] of slugs.entries()) {
    if (index > 0) await page.getByRole('button', { name: 'Add a commitment' }).click();
    const effect = page.getByRole('group', { name: `Effect ${index + 1}` });
    await effect.getByLabel('Commitment').selectOption(slug);
    await effect.getByLabel('New status').selectOption({ label: 'In progress' });
  }
  // Meanwhile someone else publishes on the second commitment.
  await publishUpdate(context.request, baseURL!, csrf, slugs[1]!, {
    summary: unique('Meanwhile'),
    sourceUrl: `https://example.org/meanwhile-${run}`,
  });

  await page.getByRole('button', { name: 'Publish development' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'while you were working' });
  await expect(alert).toContainText('Nothing was published');
  await expect(alert).toContainText('Kim Jong-un to visit Seoul');
  expect((await getCommitment(page, slugs[0]!)).updates[0]?.summary).not.toBe(summary);

  await alert.getByRole('button', { name: 'Reload the commitments' }).click();
  await page.getByRole('button', { name: 'Publish development' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Development recorded: 2 commitments updated.' }),
  ).toBeVisible();
});

test('recording a review moves the commitment’s checked-through date without changing its status', async ({
  page,
  context,
  baseURL,
}) => {
  const slug = 'arrowhead-remains-recovery';
  await signIn(context, ANALYST, baseURL!);
  const before = await getCommitment(page, slug);
  await page.goto(`/commitments/${slug}`);
  await page.getByRole('button', { name: 'Record a review' }).click();
  await expect(page.getByLabel('Checked through')).toHaveValue(todayInSeoul());
  await page.getByLabel('Note').fill('KCNA and MOU briefings to date');
  await page.getByRole('button', { name: 'Record review' }).click();

  const day = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${todayInSeoul()}T00:00:00Z`));
  await expect(page.getByRole('status').filter({ hasText: 'Review recorded' })).toContainText(day);
  // Beside the analyst tools; the day is Korea's, which can be a day ahead of UTC.
  await expect(page.getByText(new RegExp(`^Checked through ${day}\\.`))).toBeVisible();
  const after = await getCommitment(page, slug);
  expect(after.reviewedThrough).toBe(todayInSeoul());
  expect(after.status).toBe(before.status);
});

test('retract and correct: the retracted update stays, and the form opens pre-filled from it', async ({
  page,
  context,
  baseURL,
}) => {
  const slug = 'rail-road-links';
  const csrf = await signIn(context, ANALYST, baseURL!);
  const wrong = unique('Rail inspection finished (wrong status)');
  await publishUpdate(context.request, baseURL!, csrf, slug, {
    summary: wrong,
    status: 'implemented',
    sourceUrl: `https://example.org/rail-${run}`,
  });
  await page.goto(`/commitments/${slug}`);
  const entry = history(page).filter({ hasText: wrong });
  await entry.getByRole('button', { name: 'Retract and correct' }).click();
  await entry.getByLabel('Reason for retraction').fill('The inspection was a first step, not the whole link');
  await entry.getByRole('button', { name: 'Retract and correct' }).click();

  await expect(entry.locator('del')).toHaveText(wrong);
  const form = page.getByRole('region', { name: 'Corrected update' });
  await expect(form.getByLabel('Status', { exact: true })).toHaveValue('implemented');
  await expect(form.getByLabel('Summary', { exact: true })).toHaveValue(wrong);
  await expect(form.getByLabel('Source URL')).toHaveValue(`https://example.org/rail-${run}`);
  await expect(form.getByLabel('Source kind')).toHaveValue('news');
  await expect(
    form.getByRole('group', { name: 'Who acted or made the claim' }).getByLabel('South Korea'),
  ).toBeChecked();

  const corrected = unique('Rail inspection finished');
  await form.getByLabel('Status', { exact: true }).selectOption({ label: 'In progress' });
  await form.getByLabel('Summary', { exact: true }).fill(corrected);
  await form.getByRole('button', { name: 'Publish update' }).click();
  await expect(history(page).first()).toContainText(corrected);
  await expect(history(page).first()).toContainText('In progress');
});

test('publishing what looks like a duplicate asks first, and publishes only when confirmed', async ({
  page,
  context,
  baseURL,
}) => {
  const slug = 'west-east-special-zones';
  const csrf = await signIn(context, ANALYST, baseURL!);
  const url = `https://example.org/zones-${run}`;
  const first = unique('Special zone talks held');
  await publishUpdate(context.request, baseURL!, csrf, slug, { summary: first, sourceUrl: url });

  await page.goto(`/commitments/${slug}`);
  await page.getByRole('button', { name: 'Add update' }).click();
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Stalled' });
  await page.getByLabel('Date', { exact: true }).fill('2020-06-16');
  const second = unique('Zone talks reported again');
  await fillEvidence(page, second, `${url}/`);
  await page.getByRole('button', { name: 'Publish update' }).click();

  const prompt = page
    .getByRole('alert')
    .filter({ hasText: 'This looks like something already on the record.' });
  await expect(prompt).toContainText(`${url}/ is already cited by the update of`);
  await expect(prompt).toContainText(first);
  await expect(prompt).toContainText('Publish anyway?');
  await prompt.getByRole('button', { name: 'Go back to the form' }).click();
  await expect(prompt).toHaveCount(0);
  expect((await getCommitment(page, slug)).updates[0]!.summary).toBe(first);

  await page.getByRole('button', { name: 'Publish update' }).click();
  await page.getByRole('button', { name: 'Publish anyway' }).click();
  await expect(history(page).filter({ hasText: second })).toHaveCount(1);
});

test('a disputed update says by whom, in both languages, and marks a contesting source', async ({
  page,
  context,
  baseURL,
}) => {
  const slug = 'dongchang-ri-dismantlement';
  await signIn(context, ANALYST, baseURL!);
  await page.goto(`/commitments/${slug}`);
  await page.getByRole('button', { name: 'Add update' }).click();
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Partially implemented' });
  await page.getByRole('radio', { name: 'Month' }).check();
  await page.getByLabel('Date', { exact: true }).fill('2019-03');
  await page.getByLabel('Standing').selectOption({ label: 'Disputed' });
  const summary = unique('Parts of the launch pad were dismantled');
  await fillEvidence(page, summary, `https://example.org/sohae-${run}`);
  await page.getByRole('button', { name: 'Publish update' }).click();
  // A disputed update without a note is refused, and the summary links to the note.
  await page
    .getByRole('alert')
    .getByRole('link', { name: /^Dispute note:/ })
    .click();
  await expect(page.getByLabel('Dispute note', { exact: true })).toBeFocused();
  await page
    .getByLabel('Dispute note', { exact: true })
    .fill('Satellite imagery later showed the pad rebuilt.');
  await page.getByLabel('Korean dispute note').fill('이후 위성사진은 발사대가 재건되었음을 보여 주었다.');
  await page.getByLabel('Contests the claim').check();
  await page.getByRole('button', { name: 'Publish update' }).click();
  await expect(history(page).filter({ hasText: summary })).toHaveCount(1);

  const now = (await (await page.request.get(`/api/v1/commitments/${slug}`)).json()) as {
    updates: {
      summary: string;
      effectiveOn: string;
      datePrecision: string;
      standing: string;
      disputeNoteKo: string;
      sources: { contests: boolean; kind: string }[];
    }[];
  };
  expect(now.updates.find((u) => u.summary === summary)).toMatchObject({
    effectiveOn: '2019-03-01',
    datePrecision: 'month',
    standing: 'disputed',
    disputeNoteKo: '이후 위성사진은 발사대가 재건되었음을 보여 주었다.',
    sources: [{ contests: true, kind: 'official' }],
  });
});
