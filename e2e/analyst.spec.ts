import { expect, test, type Page } from '@playwright/test';
import { ANALYST } from './support/accounts.ts';
import { publishUpdate, signIn, today } from './support/session.ts';

// Each test works on a commitment of its own: the tests run in parallel against one database.

const history = (page: Page) => page.getByRole('region', { name: 'History' }).locator('ol > li');
const unique = (text: string) => `${text} (${Date.now().toString(36)})`;
// Source addresses unique to this run: a retry on the same database must not meet its own first try.
const run = Date.now().toString(36);

test('an analyst signs in, publishes an update with two sources, and readers see it at the top of the history', async ({
  page,
  browser,
}) => {
  const slug = 'art-troupe-seoul';
  await page.goto(`/login?next=/commitments/${slug}`);
  await page.getByLabel('Username').fill(ANALYST.username);
  await page.getByLabel('Password').fill(ANALYST.password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  // Back where the analyst came from, with their name in the header.
  await expect(page).toHaveURL(`/commitments/${slug}`);
  await expect(page.getByRole('banner')).toContainText(ANALYST.displayName);

  const summary = unique('The art troupe performed in Seoul');
  await page.getByRole('button', { name: 'Add update' }).click();
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Partially implemented' });
  await page.getByLabel('Date', { exact: true }).fill(today());
  await page.getByRole('group', { name: 'Who acted or made the claim' }).getByLabel('South Korea').check();
  await page.getByLabel('Summary', { exact: true }).fill(summary);
  await page.getByLabel('Source URL').fill(`https://example.org/troupe-report-${run}`);
  await page.getByLabel('Source title').fill('Troupe report');
  await page.getByLabel('Source kind').selectOption({ label: 'News' });
  await page.getByRole('button', { name: 'Add another source' }).click();
  const second = page.getByRole('group', { name: 'Source 2' });
  await second.getByLabel('Source URL').fill(`https://example.org/troupe-photos-${run}`);
  await second.getByLabel('Source title').fill('Troupe photos');
  await second.getByLabel('Publisher').fill('Example Wire');
  await second.getByLabel('Source kind').selectOption({ label: 'Official' });
  await page.getByRole('button', { name: 'Publish update' }).click();

  // At once, without a reload: first in the history, with both sources as links.
  const newest = history(page).first();
  await expect(newest).toContainText(summary);
  await expect(newest).toContainText('Partially implemented');
  await expect(newest.getByRole('link', { name: 'Troupe report' })).toHaveAttribute(
    'href',
    `https://example.org/troupe-report-${run}`,
  );
  await expect(newest.getByRole('link', { name: 'Troupe photos' })).toHaveAttribute(
    'href',
    `https://example.org/troupe-photos-${run}`,
  );
  await expect(newest).toBeFocused();
  await expect(page.locator('p', { hasText: 'Current status' })).toContainText('Partially implemented');

  // A reader without an account sees the update, and no analyst tools.
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto(`/commitments/${slug}`);
  await expect(history(readerPage).first()).toContainText(summary);
  await expect(history(readerPage).first().getByRole('link', { name: 'Troupe photos' })).toBeVisible();
  await expect(readerPage.getByRole('button', { name: 'Add update' })).toHaveCount(0);
  await expect(readerPage.getByRole('button', { name: 'Retract', exact: true })).toHaveCount(0);
  await reader.close();
});

test('the form checks input with the shared rules and says what is missing next to each field', async ({
  page,
  context,
  baseURL,
}) => {
  await signIn(context, ANALYST, baseURL!);
  await page.goto('/commitments/west-sea-peace-zone');
  await page.getByRole('button', { name: 'Add update' }).click();
  await page.getByLabel('Source URL').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Publish update' }).click();

  // Status, date, actors, summary, source URL, source title and source kind.
  const summaryAlert = page.getByRole('alert');
  await expect(summaryAlert).toContainText('Check the 7 fields marked below.');
  const summary = page.getByLabel('Summary', { exact: true });
  await expect(summary).toHaveAttribute('aria-invalid', 'true');
  await expect(summary).toHaveAccessibleDescription(/Summary is required/);
  await expect(page.getByLabel('Source URL')).toHaveAccessibleDescription(
    /Enter a full http:\/\/ or https:\/\//,
  );
  await expect(page.getByLabel('Status', { exact: true })).toBeFocused();

  // The summary links to each field; following a link puts the analyst in that field.
  await summaryAlert.getByRole('link', { name: /^Source 1: Source kind/ }).click();
  await expect(page.getByLabel('Source kind')).toBeFocused();
  await summaryAlert.getByRole('link', { name: /^Summary:/ }).click();
  await expect(summary).toBeFocused();

  // As the analyst fixes a field, its error goes.
  await summary.fill('Talks on a peace zone have not resumed.');
  await expect(summary).not.toHaveAttribute('aria-invalid', 'true');
});

test('a wrong password is refused in words next to the form', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Username').fill(ANALYST.username);
  await page.getByLabel('Password').fill('not the right password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const form = page.locator('form', { has: page.getByLabel('Password') });
  await expect(form.getByRole('alert')).toContainText('The username or password is not right.');
  await expect(page).toHaveURL('/login');
  await expect(page.getByLabel('Username')).toHaveValue(ANALYST.username);
});

test('repeated failed sign-ins are slowed down, and the page says to try again later', async ({ page }) => {
  // A throwaway name: throttling is per account, so the other tests' sign-ins are not slowed down.
  const username = 'e2e-throttle-nobody';
  await page.goto('/login');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill('a wrong password, again');
  let status = 0;
  for (let attempt = 0; attempt < 5 && status !== 429; attempt++) {
    const answer = page.waitForResponse(
      (response) => response.url().endsWith('/api/v1/session') && response.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Sign in' }).click();
    status = (await answer).status();
  }
  expect(status).toBe(429);
  await expect(page.getByRole('alert')).toContainText(
    /Too many failed sign-ins\. Try again in \d+ seconds?\./,
  );
});

test('two analysts on one commitment: the second to publish sees what changed, keeps their text, and publishes on the latest version', async ({
  browser,
  baseURL,
}) => {
  const slug = 'olympics-2032-joint-bid';
  const first = await browser.newContext();
  const second = await browser.newContext();
  await signIn(first, ANALYST, baseURL!);
  await signIn(second, ANALYST, baseURL!);
  const one = await first.newPage();
  const two = await second.newPage();
  await one.goto(`/commitments/${slug}`);
  await two.goto(`/commitments/${slug}`);

  const fill = async (page: Page, status: string, summary: string) => {
    await page.getByRole('button', { name: 'Add update' }).click();
    await page.getByLabel('Status', { exact: true }).selectOption({ label: status });
    await page.getByLabel('Date', { exact: true }).fill(today());
    await page
      .getByRole('group', { name: 'Who acted or made the claim' })
      .getByLabel('International Olympic Committee')
      .check();
    await page.getByLabel('Summary', { exact: true }).fill(summary);
    // Each cites its own source: the same one twice would (rightly) ask "Publish anyway?".
    await page.getByLabel('Source URL').fill(`https://example.org/olympics/${status.toLowerCase()}-${run}`);
    await page.getByLabel('Source title').fill('Olympics report');
    await page.getByLabel('Source kind').selectOption({ label: 'News' });
  };
  const firstSummary = unique('Brisbane was chosen for 2032');
  const secondSummary = unique('The joint bid was formally dropped');
  await fill(one, 'Abandoned', firstSummary);
  await fill(two, 'Stalled', secondSummary);

  await one.getByRole('button', { name: 'Publish update' }).click();
  await expect(history(one).first()).toContainText(firstSummary);

  await two.getByRole('button', { name: 'Publish update' }).click();
  const notice = two.getByRole('alert').filter({ hasText: 'Someone else changed this commitment' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(firstSummary);
  await expect(notice).toContainText('Abandoned');
  // Nothing typed is lost.
  await expect(two.getByLabel('Summary', { exact: true })).toHaveValue(secondSummary);
  await expect(two.getByLabel('Status', { exact: true })).toHaveValue('stalled');
  await expect(two.getByLabel('Source title')).toHaveValue('Olympics report');

  await two.getByRole('button', { name: 'Publish on the latest version' }).click();
  await expect(history(two).first()).toContainText(secondSummary);
  await expect(history(two).nth(1)).toContainText(firstSummary);
  await first.close();
  await second.close();
});

test('a retracted update stays in the history, struck through, with its reason', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  const slug = 'environment-forestry';
  const csrf = await signIn(context, ANALYST, baseURL!);
  const summary = unique('Seedlings were delivered to the North');
  await publishUpdate(context.request, baseURL!, csrf, slug, { summary });

  await page.goto(`/commitments/${slug}`);
  const entry = history(page).filter({ hasText: summary });
  await entry.getByRole('button', { name: 'Retract', exact: true }).click();
  await entry.getByLabel('Reason for retraction').fill('Entered against the wrong commitment');
  await entry.getByRole('button', { name: 'Confirm retraction' }).click();

  await expect(entry).toContainText('Retracted');
  await expect(entry.locator('del')).toHaveText(summary);
  await expect(entry).toContainText('Entered against the wrong commitment');
  await expect(entry.getByRole('button', { name: /^Retract/ })).toHaveCount(0);

  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto(`/commitments/${slug}`);
  const seen = history(readerPage).filter({ hasText: summary });
  await expect(seen.locator('del')).toHaveText(summary);
  await expect(seen).toContainText(`by ${ANALYST.displayName}: Entered against the wrong commitment`);
  await reader.close();
});

test('the admin area is closed to analysts and asks anonymous visitors to sign in', async ({
  page,
  browser,
  baseURL,
}) => {
  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  await visitor.goto('/admin/users');
  await expect(visitor).toHaveURL('/login?next=%2Fadmin%2Fusers');
  await expect(visitor.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await anonymous.close();

  await signIn(page.context(), ANALYST, baseURL!);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Admins only' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(`You are signed in as ${ANALYST.displayName}`);
  await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(0);
});

test('editing a commitment after someone else did keeps both changes', async ({ page, context, baseURL }) => {
  const slug = 'han-river-estuary';
  const csrf = await signIn(context, ANALYST, baseURL!);
  await page.goto(`/commitments/${slug}`);
  await page.getByRole('button', { name: 'Edit commitment' }).click();
  const title = unique('Open the Han River estuary to civilian ships');
  await page.getByLabel('Title', { exact: true }).fill(title);

  // Meanwhile another analyst edits the deadline note.
  const current = (await (await context.request.get(`/api/v1/commitments/${slug}`)).json()) as {
    version: number;
  };
  const note = unique('No date was ever set');
  const other = await context.request.patch(`/api/v1/commitments/${slug}`, {
    headers: { Origin: baseURL!, 'X-CSRF-Token': csrf },
    data: { deadlineNote: note, baseVersion: current.version },
  });
  expect(other.status()).toBe(200);

  await page.getByRole('button', { name: 'Save changes' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Someone else changed this commitment' });
  await expect(notice).toContainText(`Deadline note changed`);
  await expect(notice).toContainText(note);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);

  await page.getByRole('button', { name: 'Save on the latest version' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('complementary')).toContainText(note);
});
