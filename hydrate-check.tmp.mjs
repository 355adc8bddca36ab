import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const base = 'http://127.0.0.1:3213';
for (const path of process.argv.slice(2)) {
  const page = await browser.newPage();
  const messages = []; const api = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text().slice(0, 300)}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  page.on('request', (r) => { if (r.url().includes('/api/')) api.push(r.url().replace(base, '')); });
  await page.goto(base + path);
  await page.waitForTimeout(1500);
  console.log(path, '\n  console:', messages, '\n  api:', api);
  await page.close();
}
await browser.close();
