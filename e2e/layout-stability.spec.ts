import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from './support/accounts.ts';
import { signIn } from './support/session.ts';

// Issue 11, item 5: nothing on a public page moves once drawn. Each page is loaded with JavaScript on, at a
// phone's and a desktop's size, in English and Korean, and the layout shifts the browser reports until it is
// hydrated and idle are summed (as Chrome's CLS counts them: not those right after the reader's input). The
// score depends on the markup, not on the machine's speed: the server's page and the hydrated one must lay
// out the same, and anything drawn later must have its room kept.
const MAX_SHIFT = 0.02;
const VIEWPORTS = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1280, height: 800 },
];
const PAGES = [
  '/',
  '/commitments/gp-withdrawal',
  '/agreements/pyongyang-joint-declaration-2018',
  '/updates',
  '/about',
  '/compare',
  '/no/such/page',
];

declare global {
  interface Window {
    layoutShifts?: { value: number; sources: string[] }[];
  }
}

/** Records every layout shift of each page loaded from now on, from its first paint. */
async function observeShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.layoutShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map((source) =>
          source.node instanceof Element
            ? `${source.node.tagName.toLowerCase()}.${[...source.node.classList].join('.')}`
            : String(source.node?.nodeName),
        );
        window.layoutShifts!.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Loads a page, waits until it is hydrated and idle, and expects its summed layout shift under the bound. */
async function expectStable(page: Page, path: string): Promise<void> {
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.locator('html.js').waitFor({ state: 'attached' });
  // What hydration schedules (a chart redrawn at its frame's width, the session menu) has run once idle.
  await page.evaluate(
    () =>
      new Promise((resolve) => requestAnimationFrame(() => requestIdleCallback(resolve, { timeout: 2000 }))),
  );
  const shifts = await page.evaluate(() => window.layoutShifts ?? []);
  const score = shifts.reduce((sum, shift) => sum + shift.value, 0);
  // The moved elements in the message say where to look.
  expect(score, `${path}: ${JSON.stringify(shifts)}`).toBeLessThan(MAX_SHIFT);
}

for (const viewport of VIEWPORTS) {
  test.describe(`${viewport.name} (${viewport.width} px)`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const path of PAGES) {
      test(`${path} keeps its layout, in English and Korean`, async ({ page }) => {
        await observeShifts(page);
        for (const lang of ['en', 'ko']) await expectStable(page, `${path}?lang=${lang}`);
      });
    }

    // The server's page keeps the session menu's room for a browser that has signed in (its hint cookie).
    test('signed in, the session menu arrives without moving the page', async ({
      page,
      context,
      baseURL,
    }) => {
      await signIn(context, ADMIN, baseURL!);
      await observeShifts(page);
      for (const path of ['/commitments/gp-withdrawal?lang=en', '/about?lang=ko'])
        await expectStable(page, path);
    });
  });
}
