import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import {
  LIGHTHOUSE_BUDGET,
  lighthouseTable,
  overBudget,
  writeLighthouseSection,
  type FormFactor,
  type PageFigures,
  type RunFigures,
} from './lighthouse-report.ts';
import { startProcess } from './support-process.ts';
import { median } from './support.ts';

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu'];
/** The commitment page measured: a seeded one with a long history; else the first the API lists. */
const PREFERRED_COMMITMENT = 'gp-withdrawal';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

async function commitmentPath(base: string): Promise<string> {
  const { commitments } = (await (await fetch(`${base}/api/v1/commitments`)).json()) as {
    commitments: { slug: string }[];
  };
  const slug = commitments.find((c) => c.slug === PREFERRED_COMMITMENT)?.slug ?? commitments[0]?.slug;
  if (!slug) throw new Error('no commitment to measure: the database is not seeded');
  return `/commitments/${slug}`;
}

/** One Lighthouse run in a Chromium of its own: performance only, simulated throttling (the default). */
async function runOnce(url: string, formFactor: FormFactor): Promise<RunFigures> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    const value = (id: string) => {
      const audit = lhr.audits[id];
      if (audit?.numericValue === undefined)
        throw new Error(`${url}: no ${id} (${audit?.errorMessage ?? ''})`);
      return audit.numericValue;
    };
    return {
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      lcpMs: value('largest-contentful-paint'),
      cls: value('cumulative-layout-shift'),
      tbtMs: value('total-blocking-time'),
    };
  } finally {
    chrome.kill();
  }
}

function medianOf(runs: RunFigures[]): RunFigures & { worstCls: number } {
  return {
    performance: median(runs.map((r) => r.performance)),
    lcpMs: median(runs.map((r) => r.lcpMs)),
    cls: median(runs.map((r) => r.cls)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
    worstCls: Math.max(...runs.map((r) => r.cls)),
  };
}

/**
 * Lighthouse on the public pages, mobile (its default: a mid-range phone, simulated slow 4G and a 4x slower
 * CPU) and desktop (its desktop config), RUNS times each, against the production server (compiled, on a
 * fresh embedded database); prints the medians against the budget and writes them into
 * docs/performance.md. A bench, not a test: the scores move with the machine's load, which it records.
 */
export async function benchLighthouse(options: { build?: boolean } = {}): Promise<boolean> {
  if (options.build ?? true) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  const dataDir = mkdtempSync(join(tmpdir(), 'accord-lighthouse-'));
  const port = await freePort();
  const server = await startProcess(
    'dist/server/main.js',
    { DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
    port,
    '/readyz',
  );
  try {
    const pages = [
      { label: 'dashboard `/`', path: '/' },
      { label: 'commitment', path: await commitmentPath(server.url) },
      { label: '`/updates`', path: '/updates' },
      { label: '`/about`', path: '/about' },
    ];
    // Each page rendered once before measuring: the runs measure kept pages, as readers after the first get.
    for (const page of pages) await fetch(server.url + page.path);

    const loadBefore = loadavg();
    const runs = new Map<string, RunFigures[]>();
    // Runs interleaved (pages and form factors in turn), so a burst of load elsewhere spreads over all.
    for (let run = 1; run <= RUNS; run++) {
      for (const page of pages) {
        for (const formFactor of ['mobile', 'desktop'] as const) {
          const figures = await runOnce(server.url + page.path, formFactor);
          console.log(
            `run ${run} ${formFactor.padEnd(7)} ${page.path}: performance ${figures.performance}, ` +
              `LCP ${Math.round(figures.lcpMs)} ms, CLS ${figures.cls.toFixed(3)}, TBT ${Math.round(figures.tbtMs)} ms`,
          );
          const key = `${formFactor} ${page.path}`;
          runs.set(key, [...(runs.get(key) ?? []), figures]);
        }
      }
    }
    const loadAfter = loadavg();

    const results: PageFigures[] = pages.flatMap((page) =>
      (['mobile', 'desktop'] as const).map((formFactor) => ({
        ...page,
        formFactor,
        ...medianOf(runs.get(`${formFactor} ${page.path}`) ?? []),
      })),
    );
    const machine = {
      cores: cpus().length,
      loadBefore,
      loadAfter,
      chromium: /^\S+ [\d.]+/.exec(
        execFileSync(CHROMIUM, ['--version'], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'], // Debian's wrapper script warns on stderr
        }),
      )![0],
      lighthouse: (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version,
      runs: RUNS,
    };
    const table = lighthouseTable(results);
    console.log(`\n${table}\n`);
    console.log(
      `load average (1/5/15 min) before ${loadBefore.map((l) => l.toFixed(1)).join('/')}, ` +
        `after ${loadAfter.map((l) => l.toFixed(1)).join('/')}, on ${machine.cores} cores`,
    );
    const over = results.filter((r) => overBudget(r));
    for (const r of over) console.log(`OVER BUDGET: ${r.formFactor} ${r.path} (${overBudget(r)})`);
    writeLighthouseSection('docs/performance.md', table, machine);
    console.log(
      `docs/performance.md updated; budget: mobile performance >= ${LIGHTHOUSE_BUDGET.mobilePerformance}, CLS < ${LIGHTHOUSE_BUDGET.cls}`,
    );
    return over.length === 0;
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = (await benchLighthouse({ build: !process.argv.includes('--no-build') })) ? 0 : 1;
}
