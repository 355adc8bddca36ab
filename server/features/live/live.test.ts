import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.ts';
import { makeAgreement, makeCommitment } from '../../test-support/factories.ts';
import { signInAs } from '../../test-support/sessions.ts';
import type { TestClient } from '../../test-support/sessions.ts';
import { openEventStream } from '../../test-support/sse-client.ts';
import { startTestServer } from '../../test-support/test-server.ts';
import type { TestServer } from '../../test-support/test-server.ts';
import { MAX_STREAMS_PER_ADDRESS } from './routes.ts';

const source = { url: 'https://example.org/live', title: 'Live report', kind: 'news' };

describe.each(TEST_DATABASE_KINDS)('live updates on %s', (kind) => {
  let server: TestServer;
  let analyst: TestClient;
  let version = 1;

  const publish = async (summary: string) => {
    const response = await analyst.send('POST', '/api/v1/commitments/live-one/updates', {
      status: 'in_progress',
      actors: ['ROK'],
      effectiveOn: '2024-01-01',
      summary,
      sources: [source],
      baseVersion: version,
    });
    expect(response.status).toBe(201);
    version++;
  };

  beforeAll(async () => {
    server = await startTestServer(
      kind,
      [makeAgreement({ commitments: [makeCommitment({ slug: 'live-one' })] })],
      {
        liveHeartbeatMs: 100,
      },
    );
    analyst = await signInAs(server, 'analyst');
  });
  afterAll(() => server?.close());

  it('streams an update event with the slug and new version when an analyst publishes', async () => {
    const stream = await openEventStream(`${server.baseUrl}/api/v1/events`);
    expect(stream.response.headers.get('content-type')).toContain('text/event-stream');
    expect(stream.response.headers.get('x-accel-buffering')).toBe('no');
    expect(stream.response.headers.get('content-encoding')).toBeNull();
    await publish('First live step');
    const event = await stream.waitFor((e) => e.event === 'update');
    expect(JSON.parse(event.data)).toEqual({ slug: 'live-one', version });
    expect(Number(event.id)).toBeGreaterThan(0);
    stream.close();
  });

  it('sends heartbeats', async () => {
    const stream = await openEventStream(`${server.baseUrl}/api/v1/events`);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(stream.comments.filter((c) => c === 'heartbeat').length).toBeGreaterThanOrEqual(2);
    stream.close();
  });

  it('resumes from Last-Event-ID with the events missed, in order, without repeats', async () => {
    const first = await openEventStream(`${server.baseUrl}/api/v1/events`);
    await publish('Second step');
    const seen = await first.waitFor((e) => e.event === 'update');
    first.close();
    await publish('Third step');
    await publish('Fourth step');
    const resumed = await openEventStream(`${server.baseUrl}/api/v1/events`, { 'Last-Event-ID': seen.id! });
    await resumed.waitFor((e) => JSON.parse(e.data).version === version);
    const versions = resumed.events
      .filter((e) => e.event === 'update')
      .map((e) => JSON.parse(e.data).version);
    expect(versions).toEqual([version - 1, version]);
    resumed.close();
  });

  it('limits open streams per client address', async () => {
    const streams = await Promise.all(
      Array.from({ length: MAX_STREAMS_PER_ADDRESS }, () =>
        openEventStream(`${server.baseUrl}/api/v1/events`),
      ),
    );
    const refused = await fetch(`${server.baseUrl}/api/v1/events`);
    expect(refused.status).toBe(429);
    streams.forEach((stream) => stream.close());
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await openEventStream(`${server.baseUrl}/api/v1/events`);
    expect(again.response.status).toBe(200);
    again.close();
  });
});
