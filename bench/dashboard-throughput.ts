import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startProcess } from './support-process.ts';
import { median, report } from './support.ts';

const CONNECTIONS = 100;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP_SECONDS = 2;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

async function load(
  url: string,
  headers: Record<string, string>,
  seconds: number,
  expected: number,
): Promise<number> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers });
  const counts = result.statusCodeStats as unknown as Record<string, { count: number }>;
  const unexpected = Object.entries(counts).filter(([code]) => Number(code) !== expected);
  if (unexpected.length > 0 || result.errors > 0) {
    throw new Error(`expected only ${expected}: got ${JSON.stringify(counts)}, ${result.errors} errors`);
  }
  return result.requests.average;
}

/** GET /api/v1/dashboard on the real server against bare node:http sending the same bytes: req/s and ratio. */
export async function benchDashboardThroughput(): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'accord-bench-'));
  const real = await startProcess(
    'server/main.ts',
    { DATA_DIR: join(dir, 'data'), DATABASE_URL: '' },
    3401,
    '/readyz',
  );
  let bare;
  try {
    const first = await fetch(`${real.url}/api/v1/dashboard`);
    const body = Buffer.from(await first.arrayBuffer());
    const headers = Object.fromEntries(
      [...first.headers].filter(
        ([name]) => !['date', 'connection', 'keep-alive', 'content-length'].includes(name),
      ),
    );
    writeFileSync(join(dir, 'body.json'), body);
    writeFileSync(join(dir, 'headers.json'), JSON.stringify(headers));
    bare = await startProcess(
      'bench/bare-server.ts',
      { BODY_FILE: join(dir, 'body.json'), HEADERS_FILE: join(dir, 'headers.json') },
      3402,
    );
    const etag = { 'if-none-match': headers.etag! };
    console.log(
      `dashboard: ${body.length} bytes; autocannon ${CONNECTIONS} connections, ${SECONDS} s after ${WARM_UP_SECONDS} s warm-up`,
    );

    // Rounds alternate which server goes first, and the ratio is the median of the rounds' ratios:
    // this machine is noisy, and whichever runs second in a pair tends to get a warmer CPU.
    let holds = true;
    for (const [label, extra, status] of [
      ['200', {}, 200],
      ['304', etag, 304],
    ] as const) {
      const ratios: number[] = [];
      const realRates: number[] = [];
      const bareRates: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 === 0 ? ([real, bare] as const) : ([bare, real] as const);
        for (const server of order) {
          const url = `${server.url}/api/v1/dashboard`;
          await load(url, extra, WARM_UP_SECONDS, status);
          (server === real ? realRates : bareRates).push(await load(url, extra, SECONDS, status));
        }
        ratios.push(realRates.at(-1)! / bareRates.at(-1)!);
      }
      report(`dashboard ${label}, real server (median of ${ROUNDS})`, Math.round(median(realRates)), 'req/s');
      report(
        `dashboard ${label}, bare node:http (median of ${ROUNDS})`,
        Math.round(median(bareRates)),
        'req/s',
      );
      holds =
        report(`dashboard ${label}, ratio real/bare (median of ${ROUNDS} rounds)`, median(ratios), '', {
          min: 0.8,
        }) && holds;
    }
    return holds;
  } finally {
    await bare?.stop();
    await real.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  process.exitCode = (await benchDashboardThroughput()) ? 0 : 1;
