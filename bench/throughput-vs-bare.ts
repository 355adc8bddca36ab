import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startProcess, type Started } from './support-process.ts';
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

/**
 * GET `path` on the real server against bare node:http (bench/bare-server.ts, on `barePort`) sending the
 * same bytes and headers: req/s of each and their ratio, for 200 and for 304, each the median of rounds.
 */
export async function throughputVsBare(
  real: Started,
  path: string,
  label: string,
  dir: string,
  barePort: number,
): Promise<boolean> {
  // Uncompressed, as autocannon asks: fetch would ask for br, whose ETag is the compressed variant's.
  const first = await fetch(`${real.url}${path}`, { headers: { 'accept-encoding': 'identity' } });
  const body = Buffer.from(await first.arrayBuffer());
  const headers = Object.fromEntries(
    [...first.headers].filter(
      ([name]) => !['date', 'connection', 'keep-alive', 'content-length'].includes(name),
    ),
  );
  writeFileSync(join(dir, 'body'), body);
  writeFileSync(join(dir, 'headers.json'), JSON.stringify(headers));
  const bare = await startProcess(
    'bench/bare-server.ts',
    { BODY_FILE: join(dir, 'body'), HEADERS_FILE: join(dir, 'headers.json') },
    barePort,
  );
  try {
    const etag = { 'if-none-match': headers.etag! };
    console.log(
      `${label}: ${body.length} bytes; autocannon ${CONNECTIONS} connections, ${SECONDS} s after ${WARM_UP_SECONDS} s warm-up`,
    );
    // Rounds alternate which server goes first, and the ratio is the median of the rounds' ratios:
    // this machine is noisy, and whichever runs second in a pair tends to get a warmer CPU.
    let holds = true;
    for (const [status, extra] of [
      [200, {}],
      [304, etag],
    ] as const) {
      const ratios: number[] = [];
      const realRates: number[] = [];
      const bareRates: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 === 0 ? ([real, bare] as const) : ([bare, real] as const);
        for (const server of order) {
          const url = `${server.url}${path}`;
          await load(url, extra, WARM_UP_SECONDS, status);
          (server === real ? realRates : bareRates).push(await load(url, extra, SECONDS, status));
        }
        ratios.push(realRates.at(-1)! / bareRates.at(-1)!);
      }
      report(`${label} ${status}, real server (median of ${ROUNDS})`, Math.round(median(realRates)), 'req/s');
      report(
        `${label} ${status}, bare node:http (median of ${ROUNDS})`,
        Math.round(median(bareRates)),
        'req/s',
      );
      holds =
        report(`${label} ${status}, ratio real/bare (median of ${ROUNDS} rounds)`, median(ratios), '', {
          min: 0.8,
        }) && holds;
    }
    return holds;
  } finally {
    await bare.stop();
  }
}
