import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startProcess } from './support-process.ts';
import { throughputVsBare } from './throughput-vs-bare.ts';

/** GET /api/v1/dashboard on the real server against bare node:http sending the same bytes: req/s and ratio. */
export async function benchDashboardThroughput(): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'accord-bench-'));
  const real = await startProcess(
    'server/main.ts',
    { DATA_DIR: join(dir, 'data'), DATABASE_URL: '' },
    3401,
    '/readyz',
  );
  try {
    return await throughputVsBare(real, '/api/v1/dashboard', 'dashboard', dir, 3402);
  } finally {
    await real.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  process.exitCode = (await benchDashboardThroughput()) ? 0 : 1;
