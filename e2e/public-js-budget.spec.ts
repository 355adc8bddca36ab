import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { PUBLIC_JS_BUDGET_KB, initialScripts } from '../bench/public-js.ts';

// The one benchmark budget that is deterministic, so it is also a test: the JavaScript the dashboard
// loads before it can render (the entry script and the modules the page preloads), gzip-compressed.
test(`the dashboard's first JavaScript stays within ${PUBLIC_JS_BUDGET_KB} KB gzip`, async ({ request }) => {
  const html = await (await request.get('/')).text();
  const scripts = initialScripts(html);
  expect(scripts.length).toBeGreaterThan(0);
  let total = 0;
  for (const script of scripts) {
    const response = await request.get(script);
    expect(response.status()).toBe(200);
    total += gzipSync(await response.body()).length;
  }
  const kb = total / 1024;
  console.log(`first JavaScript of the dashboard: ${kb.toFixed(1)} KB gzip in ${scripts.length} file(s)`);
  expect(kb).toBeLessThanOrEqual(PUBLIC_JS_BUDGET_KB);
});
