import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openEventStream } from '../server/test-support/sse-client.ts';
import { startProcess } from './support-process.ts';
import { median, percentile, report } from './support.ts';

const PUBLISHES = 50;
const PASSWORD = 'bench-password-long-enough';

/** Two instances on one PostgreSQL: publish on one, time until the other's live stream and dashboard show it. */
export async function benchCrossInstance(
  adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
): Promise<boolean> {
  const name = `accord_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const env = { DATABASE_URL: url.toString(), LOG_LEVEL: 'warn' };
  const servers = [];
  try {
    const made = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'server/scripts/user-create.ts',
        '--username',
        'bench',
        '--role',
        'analyst',
        '--password-stdin',
      ],
      {
        env: { ...process.env, ...env },
        input: PASSWORD,
        encoding: 'utf8',
      },
    );
    if (made.status !== 0) throw new Error(`user:create failed: ${made.stderr}`);
    const writer = await startProcess('server/main.ts', env, 3411, '/readyz');
    servers.push(writer);
    const reader = await startProcess('server/main.ts', env, 3412, '/readyz');
    servers.push(reader);

    const signIn = await fetch(`${writer.url}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: writer.url },
      body: JSON.stringify({ username: 'bench', password: PASSWORD }),
    });
    const cookie = signIn.headers.getSetCookie()[0]!.split(';')[0]!;
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const slug = 'gp-withdrawal';
    let version = (
      (await (await fetch(`${writer.url}/api/v1/commitments/${slug}`)).json()) as { version: number }
    ).version;
    const stream = await openEventStream(`${reader.url}/api/v1/events`);
    let etag = (await fetch(`${reader.url}/api/v1/dashboard`)).headers.get('etag');

    const toEvent: number[] = [];
    const toEtag: number[] = [];
    for (let i = 0; i < PUBLISHES; i++) {
      const started = performance.now();
      const response = await fetch(`${writer.url}/api/v1/commitments/${slug}/updates`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: writer.url,
          cookie,
          'x-csrf-token': csrfToken,
        },
        body: JSON.stringify({
          status: 'reversed',
          actors: ['ROK'],
          effectiveOn: '2026-02-19',
          summary: `Benchmark update ${i}`,
          sources: [{ url: 'https://example.org/bench', title: 'Benchmark', kind: 'news' }],
          baseVersion: version,
        }),
      });
      if (response.status !== 201) throw new Error(`publish answered ${response.status}`);
      version++;
      const expected = version;
      await stream.waitFor(
        (event) => event.event === 'update' && JSON.parse(event.data).version === expected,
      );
      toEvent.push(performance.now() - started);
      for (;;) {
        const now = (
          await fetch(`${reader.url}/api/v1/dashboard`, { headers: { 'if-none-match': etag ?? '' } })
        ).headers.get('etag');
        if (now !== etag) {
          etag = now;
          break;
        }
      }
      toEtag.push(performance.now() - started);
    }
    stream.close();
    report(
      `cross-instance: publish -> other instance's SSE event, median of ${PUBLISHES}`,
      median(toEvent),
      'ms',
    );
    const eventHolds = report(
      `cross-instance: publish -> other instance's SSE event, p95`,
      percentile(toEvent, 95),
      'ms',
      { max: 250 },
    );
    report(
      `cross-instance: publish -> other instance's dashboard ETag, median of ${PUBLISHES}`,
      median(toEtag),
      'ms',
    );
    const etagHolds = report(
      `cross-instance: publish -> other instance's dashboard ETag, p95`,
      percentile(toEtag, 95),
      'ms',
      { max: 250 },
    );
    return eventHolds && etagHolds;
  } finally {
    for (const server of servers.reverse()) await server.stop();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = (await benchCrossInstance()) ? 0 : 1;
