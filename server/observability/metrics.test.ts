import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pyongyang2018Seed } from '../db/seed/pyongyang-2018.ts';
import { TEST_DATABASE_KINDS } from '../test-support/databases.ts';
import { openEventStream } from '../test-support/sse-client.ts';
import { startTestServer } from '../test-support/test-server.ts';
import type { TestServer } from '../test-support/test-server.ts';
import { HOT_PATH_ROUTE } from './http-observer.ts';
import { createMetrics } from './metrics.ts';
import { createLogger } from '../logger.ts';
import { startMetricsServer } from './metrics-routes.ts';

const TOKEN = 'metrics-token-for-tests-0123';

/** The value of one sample line (`name{labels} value`) in the exposition text. */
function sample(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name}${labels} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe.each(TEST_DATABASE_KINDS)('/metrics (%s)', (kind) => {
  let server: TestServer;
  const metrics = createMetrics();
  const scrape = async () => {
    const response = await server.get('/metrics', { authorization: `Bearer ${TOKEN}` });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    return response.text();
  };

  const logLines: { level: string; msg: string; path?: string }[] = [];
  const logger = createLogger('info', (line) => logLines.push(JSON.parse(line) as (typeof logLines)[number]));

  beforeAll(async () => {
    server = await startTestServer(kind, pyongyang2018Seed, { metrics, metricsToken: TOKEN, logger });
  });

  it('logs requests, but not health probes or scrapes', async () => {
    await server.get('/healthz');
    await server.get('/readyz');
    await scrape();
    await server.get('/api/v1/agreements');
    const paths = logLines.filter((line) => line.msg === 'request').map((line) => line.path);
    expect(paths).toContain('/api/v1/agreements');
    expect(paths).not.toContain('/healthz');
    expect(paths).not.toContain('/readyz');
    expect(paths).not.toContain('/metrics');
  });
  afterAll(() => server.close());

  it('is refused without the token, in the API error shape', async () => {
    for (const authorization of ['', 'Bearer wrong-token-of-the-same-size', `Basic ${TOKEN}`]) {
      const response = await server.get('/metrics', authorization ? { authorization } : {});
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
    }
  });

  it('counts the dashboard hot path, Express routes by pattern, and times them', async () => {
    const before = await scrape();
    const dashboard200 = `{route="${HOT_PATH_ROUTE}",method="GET",status="200"}`;
    const start = sample(before, 'accord_http_requests_total', dashboard200) ?? 0;
    // The first request builds the snapshot through Express; the next five are answered by the hot path.
    for (let i = 0; i < 6; i++) expect((await server.get('/api/v1/dashboard')).status).toBe(200);
    const slug = pyongyang2018Seed[0]!.commitments[0]!.slug;
    expect((await server.get(`/api/v1/commitments/${slug}`)).status).toBe(200);
    expect((await server.get('/api/v1/commitments/no-such-thing')).status).toBe(404);

    const after = await scrape();
    expect(sample(after, 'accord_http_requests_total', dashboard200)).toBe(start + 6);
    expect(
      sample(
        after,
        'accord_http_requests_total',
        '{route="/api/v1/commitments/:slug",method="GET",status="200"}',
      ),
    ).toBe(1);
    expect(
      sample(
        after,
        'accord_http_requests_total',
        '{route="/api/v1/commitments/:slug",method="GET",status="404"}',
      ),
    ).toBe(1);
    expect(
      sample(after, 'accord_http_request_duration_seconds_count', `{route="${HOT_PATH_ROUTE}",method="GET"}`),
    ).toBe(start + 6);
    expect(after).toMatch(/accord_build_info\{version="[^"]+",commit="[^"]+",node="v\d+/);
    expect(sample(after, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
  });

  it('shows open live streams and, on PostgreSQL, the pool', async () => {
    expect(sample(await scrape(), 'accord_live_streams_open')).toBe(0);
    const stream = await openEventStream(`${server.baseUrl}/api/v1/events`);
    try {
      expect(sample(await scrape(), 'accord_live_streams_open')).toBe(1);
    } finally {
      stream.close();
    }
    const text = await scrape();
    if (kind === 'postgres')
      expect(sample(text, 'accord_db_pool_connections', '{state="total"}')).toBeGreaterThan(0);
    else expect(text).not.toContain('accord_db_pool_connections');
    expect(sample(text, 'accord_change_listener_reconnects_total')).toBe(0);
  });
});

describe('the metrics port (METRICS_PORT)', () => {
  it('answers /metrics without a token and nothing else', async () => {
    const metrics = createMetrics();
    const server = await startMetricsServer(metrics.registry, 0, '127.0.0.1');
    const { port } = server.address() as { port: number };
    try {
      const response = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('accord_build_info');
      expect((await fetch(`http://127.0.0.1:${port}/api/v1/dashboard`)).status).toBe(404);
    } finally {
      server.close();
    }
  });
});
