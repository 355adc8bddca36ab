import { defineConfig, devices } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './e2e/support/find-chromium.ts';

// The app is built and started as in production (compiled: node dist/server/main.js), on a fresh data
// directory made once per run (workers inherit the variable, so they agree on it).
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'accord-e2e-'));
const port = Number(process.env.E2E_PORT ?? 3199);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The test accounts are created first: user:create refuses while a server holds the embedded database,
    // and Playwright starts the webServer before any globalSetup would run.
    command: 'npm run build && npx tsx e2e/support/prepare-accounts.ts && node dist/server/main.js',
    url: `http://127.0.0.1:${port}/readyz`,
    timeout: 300_000, // the build (client, server, empty cluster) is slow on a loaded 2-core machine
    reuseExistingServer: false,
    env: { PORT: String(port), DATA_DIR: process.env.E2E_DATA_DIR, LOG_LEVEL: 'warn' },
  },
});
