import { test, expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

// Issue 11, item 8: every commitment page says how to cite it (its link pinned to a date, APA, BibTeX),
// embed it (card, badge) and follow it (Atom), in its HTML. A commitment no other spec writes to.
const SLUG = 'jsa-demilitarisation';
const PAGE = `/commitments/${SLUG}`;

const now = new Date();
const TODAY = now.toISOString().slice(0, 10);
const longDate = (locale: string, date: Date) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
const TODAY_EN = longDate('en-GB', now); // "3 December 2026"
const TODAY_APA = longDate('en-US', now); // "December 3, 2026"
const TODAY_KO = longDate('ko-KR', now); // "2026년 12월 3일"

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text of the snippet under the heading `label`. */
const snippet = (scope: Locator, label: string | RegExp) =>
  scope
    .locator('.snippet')
    .filter({ has: scope.page().getByRole('heading', { name: label }) })
    .locator('pre');

/** The commitment's and its agreement's titles, from the API (analysts may edit them; they are not hard-coded). */
async function titles(request: APIRequestContext) {
  const body = (await (await request.get(`/api/v1/commitments/${SLUG}`)).json()) as {
    title: string;
    titleKo: string;
    agreement: { title: string; titleKo: string };
  };
  return body;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page cites, embeds and follows the commitment: link, APA, BibTeX, card, badge, feed', async ({
    page,
    request,
    baseURL,
  }) => {
    const { title, agreement } = await titles(request);
    const badgeLoaded = page.waitForResponse((response) => response.url().endsWith(`/badges/${SLUG}.svg`));
    await page.goto(PAGE);

    const cite = page.getByRole('region', { name: 'Cite this commitment' });
    const permalink = `${baseURL}${PAGE}?asOf=${TODAY}`;
    // Without ?asOf=, the record as of the day it is read.
    await expect(snippet(cite, `Permanent link, as of ${TODAY_EN}`)).toHaveText(permalink);
    await expect(cite.locator('.cite__accessed time')).toHaveText(`Accessed ${TODAY_EN}`);
    await expect(cite.locator('.cite__accessed time')).toHaveAttribute('datetime', TODAY);
    const [year, month, day] = [now.getUTCFullYear(), TODAY_APA.split(' ')[0], now.getUTCDate()];
    await expect(snippet(cite, 'APA (7th edition)')).toHaveText(
      `Accord Tracker. (${year}, ${month} ${day}). ${title} (${agreement.title}). Retrieved ${TODAY_APA}, from ${permalink}`,
    );
    const bibtex = snippet(cite, 'BibTeX');
    await expect(bibtex).toContainText(`@misc{accord-tracker-${SLUG}-${TODAY},`);
    await expect(bibtex).toContainText('author       = {{Accord Tracker}},');
    await expect(bibtex).toContainText(`title        = {{${title} (${agreement.title})}},`);
    await expect(bibtex).toContainText(`year         = {${year}},`);
    await expect(bibtex).toContainText(`url          = {${permalink}},`);
    await expect(bibtex).toContainText(`urldate      = {${TODAY}},`);
    await expect(bibtex).toContainText(`note         = {Record as of ${TODAY_EN}. Accessed ${TODAY_EN}}`);
    // The copy buttons need JavaScript: they keep their place but are not shown.
    await expect(page.locator('.snippet__copy').first()).toBeHidden();
    await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);

    const share = page.getByRole('region', { name: 'Embed and follow' });
    const card = snippet(share, 'Status card for a web page (iframe)');
    await expect(card).toContainText(`src="${baseURL}/embed/commitments/${SLUG}"`);
    await expect(card).toContainText('width="520"');
    const embed = await request.get(`/embed/commitments/${SLUG}`);
    expect(embed.status()).toBe(200);
    expect(embed.headers()['content-type']).toMatch(/^text\/html/);

    // The badge itself, at the size the server draws it.
    const badge = share.locator('.share__badge img');
    await expect(badge).toHaveAttribute('src', `/badges/${SLUG}.svg`);
    const response = await badgeLoaded;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/);
    const svg = await response.text();
    expect(svg).toContain(`width="${await badge.getAttribute('width')}" height="20"`);
    await expect(badge).toHaveAttribute('height', '20');
    await expect(snippet(share, 'Badge in Markdown')).toHaveText(
      new RegExp(
        `^\\[!\\[.+\\]\\(${escape(`${baseURL}/badges/${SLUG}.svg`)}\\)\\]\\(${escape(`${baseURL}${PAGE}`)}\\)$`,
      ),
    );
    await expect(snippet(share, 'Badge in HTML')).toContainText(`<img src="${baseURL}/badges/${SLUG}.svg"`);

    // Follow: a visible link to the feed, announced in the head as well; it answers Atom.
    const feed = share.getByRole('link', { name: 'Updates to this commitment, as an Atom feed' });
    await expect(feed).toHaveAttribute('href', `${PAGE}/feed.atom`);
    await expect(
      page.locator(`head link[rel="alternate"][type="application/atom+xml"][href="${PAGE}/feed.atom"]`),
    ).toHaveCount(1);
    const atom = await request.get(`${PAGE}/feed.atom`);
    expect(atom.status()).toBe(200);
    expect(atom.headers()['content-type']).toMatch(/^application\/atom\+xml/);
    expect(await atom.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  });

  test('?asOf= pins the link and the references to that date; the access date stays today', async ({
    page,
    baseURL,
  }) => {
    await page.goto(`${PAGE}?asOf=2019-06-01`);
    const cite = page.getByRole('region', { name: 'Cite this commitment' });
    await expect(snippet(cite, 'Permanent link, as of 1 June 2019')).toHaveText(
      `${baseURL}${PAGE}?asOf=2019-06-01`,
    );
    await expect(cite.locator('.cite__accessed')).toHaveText(`Accessed ${TODAY_EN}`);
    await expect(snippet(cite, 'APA (7th edition)')).toHaveText(/^Accord Tracker\. \(2019, June 1\)\. /);
    const bibtex = snippet(cite, 'BibTeX');
    await expect(bibtex).toContainText(`@misc{accord-tracker-${SLUG}-2019-06-01,`);
    await expect(bibtex).toContainText('year         = {2019},');
    await expect(bibtex).toContainText(`note         = {Record as of 1 June 2019. Accessed ${TODAY_EN}}`);
  });

  test('in Korean: the headings, the titles and the dates in Korean', async ({ page, request, baseURL }) => {
    const { titleKo, agreement } = await titles(request);
    await page.goto(`${PAGE}?lang=ko&asOf=2019-06-01`);
    const cite = page.getByRole('region', { name: '이 합의 사항 인용하기' });
    const permalink = `${baseURL}${PAGE}?asOf=2019-06-01`;
    await expect(snippet(cite, '2019년 6월 1일 기준 고유 주소')).toHaveText(permalink);
    await expect(cite.locator('.cite__accessed')).toHaveText(`${TODAY_KO} 접속`);
    await expect(snippet(cite, 'APA (제7판)')).toHaveText(
      `Accord Tracker. (2019년 6월 1일). ${titleKo} (${agreement.titleKo}). ${TODAY_KO} 검색, ${permalink}`,
    );
    await expect(snippet(cite, 'BibTeX')).toContainText(
      `note         = {2019년 6월 1일 기준 기록. ${TODAY_KO} 접속}`,
    );
    const share = page.getByRole('region', { name: '퍼가기와 구독' });
    await expect(share.getByRole('link', { name: '이 합의 사항의 업데이트 (Atom 피드)' })).toHaveAttribute(
      'href',
      `${PAGE}/feed.atom`,
    );
  });
});

/** The copy button of the snippet `label`, by its place (its name follows what it says: "Copy", "Copied"). */
const copyButton = (page: Page, label: string) =>
  page
    .locator('.snippet')
    .filter({ has: page.getByRole('heading', { name: label }) })
    .locator('.snippet__copy');
const shownWord = (button: Locator) => button.locator('.snippet__copy-words > span:not(.snippet__copy-off)');

/** Clicks until the hydrated button answers (html.js is set just before hydration). */
async function copyAndSee(page: Page, label: string, word: string) {
  const button = copyButton(page, label);
  await expect(async () => {
    await button.click();
    await expect(shownWord(button)).toHaveText(word, { timeout: 1_000 });
  }).toPass();
}

test.describe('with JavaScript', () => {
  test('a copy button copies the reference, says so, then offers to copy again', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (['error', 'warning'].includes(message.type())) warnings.push(message.text());
    });
    await page.goto(`${PAGE}?asOf=2019-06-01`);
    await page.locator('html.js').waitFor();
    const cite = page.getByRole('region', { name: 'Cite this commitment' });
    // Each button is named by what it copies.
    await expect(page.getByRole('button', { name: 'Copy APA (7th edition)' })).toBeVisible();
    const copy = copyButton(page, 'APA (7th edition)');
    const width = (await copy.boundingBox())!.width;

    await copyAndSee(page, 'APA (7th edition)', 'Copied');
    await expect(copy).toHaveAccessibleName('Copied APA (7th edition)');
    await expect(cite.getByRole('status').filter({ hasText: 'Copied to the clipboard.' })).toHaveCount(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await snippet(cite, 'APA (7th edition)').textContent());
    expect(copied).toMatch(/^Accord Tracker\. \(2019, June 1\)\. /);
    // "Copied" takes the place of "Copy" without changing the button's width.
    expect((await copy.boundingBox())!.width).toBe(width);
    // The badge loads at the size the page gave it.
    const badge = page.locator('.share__badge img');
    await badge.scrollIntoViewIfNeeded();
    await expect
      .poll(() => badge.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(Number(await badge.getAttribute('width')));
    await expect(shownWord(copy)).toHaveText('Copy', {
      timeout: 8_000,
    });
    expect(warnings.filter((text) => /hydrat|did not match/i.test(text))).toEqual([]);
  });

  test('without a clipboard, the button selects the text for Ctrl+C and says so', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });
    await page.goto(PAGE);
    await page.locator('html.js').waitFor();
    await copyAndSee(page, 'BibTeX', 'Selected');
    const selected = await page.evaluate(() => window.getSelection()?.toString());
    expect(selected).toMatch(new RegExp(`^@misc\\{accord-tracker-${SLUG}-${TODAY},\\n`));
    await expect(page.getByRole('status').filter({ hasText: 'press Ctrl+C' })).toHaveCount(1);
  });
});
