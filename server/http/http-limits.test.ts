import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_HTTP_LIMITS } from './http-server.ts';
import { openEventStream } from '../test-support/sse-client.ts';
import { startTestServer } from '../test-support/test-server.ts';
import type { TestServer } from '../test-support/test-server.ts';

/** Opens a raw connection, sends the given bytes slowly, and resolves when the server closes it. */
function trickle(baseUrl: string, first: string, drip: string): Promise<{ ms: number; answer: string }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = connect(Number(port), hostname, () => socket.write(first));
    let answer = '';
    const timer = setInterval(() => socket.writable && socket.write(drip), 200);
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ ms: performance.now() - started, answer });
    });
  });
}

describe('HTTP limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('pglite', undefined, {
      liveMaxStreams: 3,
      trustProxy: '1',
      http: { requestTimeoutMs: 1_000, keepAliveTimeoutMs: 4_000, checkEveryMs: 200 },
    });
  });
  afterAll(() => server?.close());

  it('by default cuts slow requests within 30 s and keeps idle connections longer than a 60 s balancer', () => {
    expect(DEFAULT_HTTP_LIMITS.requestTimeoutMs + DEFAULT_HTTP_LIMITS.checkEveryMs).toBeLessThanOrEqual(
      30_000,
    );
    expect(DEFAULT_HTTP_LIMITS.keepAliveTimeoutMs).toBeGreaterThan(60_000);
  });

  it('cuts a client that sends its headers slowly', async () => {
    const { ms, answer } = await trickle(
      server.baseUrl,
      'GET /healthz HTTP/1.1\r\nHost: x\r\n',
      'X-Slow: 1\r\n',
    );
    expect(ms).toBeLessThan(3_000);
    expect(answer).toMatch(/^HTTP\/1.1 408|^$/);
  });

  it('cuts a client that sends its body slowly', async () => {
    const head =
      'POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{';
    const { ms } = await trickle(server.baseUrl, head, ' ');
    expect(ms).toBeLessThan(3_000);
  });

  it('keeps an idle keep-alive connection open past the request timeout', async () => {
    const { hostname, port } = new URL(server.baseUrl);
    const socket = connect(Number(port), hostname);
    let answers = '';
    socket.on('data', (chunk) => (answers += chunk.toString()));
    const request = 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n';
    socket.write(request);
    await new Promise((resolve) => setTimeout(resolve, 2_000)); // idle: twice the request timeout
    expect(socket.destroyed).toBe(false);
    socket.write(request);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(answers.match(/HTTP\/1.1 200/g)?.length).toBe(2);
    socket.destroy();
  });

  it('caps open live streams in all, whatever the addresses (503)', async () => {
    const streams = await Promise.all(
      [1, 2, 3].map((i) =>
        openEventStream(`${server.baseUrl}/api/v1/events`, { 'x-forwarded-for': `192.0.2.${i}` }),
      ),
    );
    const refused = await fetch(`${server.baseUrl}/api/v1/events`, {
      headers: { 'x-forwarded-for': '192.0.2.9' },
    });
    expect(refused.status).toBe(503);
    streams.forEach((stream) => stream.close());
  });
});
