import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { ANALYST } from './support/accounts.ts';
import { signIn } from './support/session.ts';

// Every public page, in both languages. axe checks WCAG 2.0/2.1 A and AA and WCAG 2.2 AA.
const PAGES = [
  '/',
  '/?asOf=2019-01-01',
  '/commitments/gp-withdrawal',
  '/commitments/olympics-2032-joint-bid',
  // Dates at month precision, a met deadline, a Korean clause text.
  '/commitments/rail-road-links',
  '/about',
  '/agreements/pyongyang-joint-declaration-2018',
  '/updates',
  '/login',
  '/no/such/page',
];
const WORKSPACE_PAGES = [
  '/workspace',
  '/workspace/developments/new',
  '/workspace/tokens',
  '/commitments/yongbyon-dismantlement',
];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const IMPACTS = ['critical', 'serious', 'moderate', 'minor'] as const;

const withLang = (path: string, lang: string) => `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;

/** The page's content is drawn: its h1 is there and nothing is still loading. */
async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 }); // lazy routes on a loaded machine
  await expect(page.locator('.page-state--loading')).toHaveCount(0);
}

/** axe on the page as it is now: the counts logged, no serious or critical violation allowed. */
async function expectNoBlockingViolations(page: Page, label: string) {
  const { violations, passes, incomplete } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const counts = Object.fromEntries(
    IMPACTS.map((impact) => [impact, violations.filter((v) => v.impact === impact).length]),
  );
  // Also what axe checked, and what it could not decide alone (for a person to review).
  const review = incomplete.map((rule) => `${rule.id}×${rule.nodes.length}`).join(' ') || 'none';
  console.log(`axe ${label}: ${JSON.stringify(counts)}; ${passes.length} rules passed; to review: ${review}`);
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = blocking
    .map(
      (v) =>
        `${v.impact}: ${v.id} (${v.help})\n` +
        v.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
    )
    .join('\n');
  expect(blocking, `axe violations on ${label}:\n${report}`).toEqual([]);
}

for (const lang of ['en', 'ko']) {
  for (const path of PAGES) {
    test(`axe finds no serious or critical violation on ${path} (${lang})`, async ({ page }) => {
      await page.goto(withLang(path, lang));
      await settled(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectNoBlockingViolations(page, `${path} [${lang}]`);
    });
  }

  // The analyst's pages, signed in: the workspace home, the development form, and "Add update" with a
  // disputed standing (its most complete state: dispute notes and contesting sources).
  for (const path of WORKSPACE_PAGES) {
    test(`axe finds no serious or critical violation on ${path}, signed in (${lang})`, async ({
      page,
      context,
      baseURL,
    }) => {
      await signIn(context, ANALYST, baseURL!);
      await page.goto(withLang(path, lang));
      await settled(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      if (path.startsWith('/commitments/')) {
        await page.getByRole('button', { name: lang === 'ko' ? '업데이트 추가' : 'Add update' }).click();
        await page.locator('[data-field="standing"]').selectOption('disputed');
        await page.locator('button[type="submit"]').first().click();
      } else {
        await expect(page.getByRole('listitem').first()).toBeVisible();
      }
      await expectNoBlockingViolations(page, `${path} signed in [${lang}]`);
    });
  }
}

test('every public page has one h1, headings in order, and the landmarks', async ({ page }) => {
  for (const path of PAGES) {
    await page.goto(path);
    await settled(page);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveCount(1);
    await expect(page.getByRole('banner'), path).toHaveCount(1);
    await expect(page.getByRole('main'), path).toHaveCount(1);
    await expect(page.getByRole('contentinfo'), path).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Language' }), path).toBeVisible();
    // No level skipped on the way down (h1 → h3 without an h2 would be).
    const levels = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])));
    expect(levels[0], path).toBe(1);
    for (let i = 1; i < levels.length; i++)
      expect(levels[i]! - levels[i - 1]!, `${path}: ${levels}`).toBeLessThanOrEqual(1);
  }
});

interface FocusState {
  /** Tag, id and classes, to name the element in a failure. */
  element: string;
  text: string;
  href: string | null;
  outline: boolean;
  inViewport: boolean;
}

async function focused(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    return {
      element: `${element.tagName.toLowerCase()}#${element.id}.${[...element.classList].join('.')}`,
      text: (element.textContent ?? '').trim(),
      href: element.getAttribute('href'),
      // An outline or a ring (box-shadow); inside an SVG chart, a thick stroke around the focused shape.
      outline:
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== 'none' ||
        (element instanceof SVGElement && style.stroke !== 'none' && parseFloat(style.strokeWidth) >= 2),
      inViewport: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight,
    };
  });
}

/** Tabs forward until `match` says yes, checking on the way that every stop shows where focus is. */
async function tabUntil(page: Page, match: (state: FocusState) => boolean, limit = 120): Promise<FocusState> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const state = await focused(page);
    const name = `${state.element} "${state.text.slice(0, 60)}"`;
    expect(state.outline, `focus indicator on ${name}`).toBe(true);
    expect(state.inViewport, `${name} scrolled into view`).toBe(true);
    if (match(state)) return state;
  }
  throw new Error(`Not reached within ${limit} presses of Tab`);
}

test('the dashboard with the keyboard alone: skip link, language switch, a commitment', async ({ page }) => {
  await page.goto('/');
  await settled(page);

  // The first Tab reaches the skip link, which shows itself.
  await page.keyboard.press('Tab');
  const skip = await focused(page);
  expect(skip.text).toBe('Skip to main content');
  expect(skip.outline && skip.inViewport).toBe(true);
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeInViewport();

  // On to the language switch, and into Korean.
  await tabUntil(page, (state) => state.text === '한국어');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page).toHaveURL(/lang=ko/);
  expect((await focused(page)).text).toBe('한국어');

  // On to the first commitment, and open it.
  const link = await tabUntil(page, (state) => /^\/commitments\/[a-z0-9-]+$/.test(state.href ?? ''));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${link.href}\\?lang=ko$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(link.text);
  // Focus starts at the page's content, and the next stop is visibly focused.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  const next = await tabUntil(page, () => true, 1);
  expect(next.outline).toBe(true);
});

test('the skip link moves focus past the header to the main content', async ({ page }) => {
  await page.goto('/about');
  await settled(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
  expect(inMain).toBe(true);
});
