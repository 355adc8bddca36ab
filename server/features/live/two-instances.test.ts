import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, queryRows } from '../../db/client.ts';
import { LISTENER_APPLICATION_NAME } from '../../db/pg-listener.ts';
import { seedIfEmpty } from '../../db/seed/apply-seed.ts';
import { openTestDatabase } from '../../test-support/databases.ts';
import { makeAgreement, makeCommitment } from '../../test-support/factories.ts';
import { signInAs } from '../../test-support/sessions.ts';
import type { TestClient } from '../../test-support/sessions.ts';
import { openEventStream } from '../../test-support/sse-client.ts';
import { serveDatabase } from '../../test-support/test-server.ts';
import type { TestServer } from '../../test-support/test-server.ts';

// Several instances can only share a PostgreSQL server (PGlite lives inside one process), so this runs
// when TEST_DATABASE_URL names one, as it does in CI.
describe.skipIf(!process.env.TEST_DATABASE_URL)('two instances on one PostgreSQL', () => {
  let writer: TestServer;
  let reader: TestServer;
  let analyst: TestClient;
  let version = 1;

  const publish = async (summary: string) => {
    const response = await analyst.send('POST', '/api/v1/commitments/shared-one/updates', {
      status: 'partial',
      actors: ['ROK'],
      effectiveOn: '2024-02-01',
      summary,
      sources: [{ url: 'https://example.org/shared', title: 'Shared', kind: 'news' }],
      baseVersion: version,
    });
    expect(response.status).toBe(201);
    version++;
  };

  const dashboardOf = async (server: TestServer) => {
    const response = await server.get('/api/v1/dashboard');
    const body = (await response.json()) as {
      commitments: { slug: string; version: number; status: string }[];
    };
    return {
      etag: response.headers.get('etag'),
      commitment: body.commitments.find((c) => c.slug === 'shared-one')!,
    };
  };

  const waitUntil = async (check: () => Promise<boolean>, timeoutMs = 5_000) => {
    for (const started = Date.now(); Date.now() - started < timeoutMs;) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('timed out');
  };

  beforeAll(async () => {
    const first = await openTestDatabase('postgres');
    await seedIfEmpty(first.db, [makeAgreement({ commitments: [makeCommitment({ slug: 'shared-one' })] })]);
    writer = await serveDatabase(first);
    reader = await serveDatabase(await openPostgres(first.url!, 4));
    analyst = await signInAs(writer, 'analyst');
  });
  afterAll(async () => {
    await reader?.close();
    await writer?.close();
  });

  it("a publish on one instance reaches the other's dashboard and its live stream", async () => {
    const before = await dashboardOf(reader);
    const stream = await openEventStream(`${reader.baseUrl}/api/v1/events`);
    await publish('Seen across instances');
    const event = await stream.waitFor((e) => e.event === 'update');
    expect(JSON.parse(event.data)).toEqual({ slug: 'shared-one', version });
    const after = await dashboardOf(reader);
    expect(after.etag).not.toBe(before.etag);
    expect(after.commitment).toMatchObject({ version, status: 'partial' });
    stream.close();
  });

  it('recovers when the database kills its listening connection, and sees the next change', async () => {
    const stream = await openEventStream(`${reader.baseUrl}/api/v1/events`);
    const killed = await queryRows<{ killed: boolean }>(
      writer.database.db,
      sql`select pg_terminate_backend(pid) as killed from pg_stat_activity
          where application_name = ${LISTENER_APPLICATION_NAME} and datname = current_database()`,
    );
    expect(killed.length).toBe(2); // one listener per instance
    // Losing the listener, the instance assumes it misses notices: readers are told to resync, and the
    // instance is not ready until LISTEN is back.
    await stream.waitFor((e) => e.event === 'resync', 10_000);
    await waitUntil(async () => (await reader.get('/readyz')).status === 200, 10_000);
    await publish('After the reconnect');
    await stream.waitFor((e) => e.event === 'update' && JSON.parse(e.data).version === version, 10_000);
    await waitUntil(async () => (await dashboardOf(reader)).commitment.version === version);
    stream.close();
  });
});
