import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedTrackedRecord } from '../server/db/seed/seed-record.ts';
import { createApp } from '../server/http/app.ts';
import { createLogger } from '../server/logger.ts';
import { openTestDatabase } from '../server/test-support/databases.ts';
import { startProcess } from './support-process.ts';
import { median, percentile, report } from './support.ts';
import { throughputVsBare } from './throughput-vs-bare.ts';

const RENDERS = Number(process.env.BENCH_RENDERS ?? 300);
const WARM_UP_RENDERS = 30;

/**
 * An uncached render of the seeded dashboard, in-process: the kept pages are dropped before each one, so
 * every call renders (React's renderToString and the document around it); the data's own caches (the
 * catalog, the dashboard snapshot) stay warm, as for a new address or language after the first page.
 */
async function benchRender(): Promise<boolean> {
  const database = await openTestDatabase('pglite');
  try {
    await seedTrackedRecord(database.db);
    const { pages } = createApp({ database, logger: createLogger('silent'), clientDir: 'dist/client' });
    if (!pages) throw new Error('no page renderer: run `npm run build` first');
    const times: number[] = [];
    for (const [path, rounds] of [
      ['/', RENDERS],
      ['/commitments/gp-withdrawal', 0],
    ] as const) {
      const resolved = pages.resolve(path, { host: 'bench.invalid' });
      if ('redirect' in resolved) throw new Error(`${path} redirects`);
      const first = await pages.page(resolved, 'http://bench.invalid');
      console.log(`${path}: ${first.body.length} bytes of HTML`);
      for (let i = 0; i < WARM_UP_RENDERS + rounds; i++) {
        pages.cache.clear();
        const started = process.hrtime.bigint();
        await pages.page(resolved, 'http://bench.invalid');
        if (i >= WARM_UP_RENDERS) times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }
    report(`uncached render of the seeded dashboard, median of ${RENDERS}`, median(times), 'ms');
    return report(`uncached render of the seeded dashboard, p95 of ${RENDERS}`, percentile(times, 95), 'ms', {
      max: 20,
    });
  } finally {
    await database.close();
  }
}

/** The server-rendered dashboard: its cached HTML against bare node:http, and an uncached render's time. */
export async function benchPagesHtml(): Promise<boolean> {
  const rendered = await benchRender();
  const dir = mkdtempSync(join(tmpdir(), 'accord-bench-'));
  const real = await startProcess(
    'server/main.ts',
    { DATA_DIR: join(dir, 'data'), DATABASE_URL: '' },
    3403,
    '/readyz',
  );
  try {
    return (await throughputVsBare(real, '/', 'dashboard HTML', dir, 3404)) && rendered;
  } finally {
    await real.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = (await benchPagesHtml()) ? 0 : 1;
