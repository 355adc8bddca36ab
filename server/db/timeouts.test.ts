import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from './client.ts';
import { seedIfEmpty } from './seed/apply-seed.ts';
import { DEFAULT_TIMEOUTS, HARD_EXIT_AFTER_MS } from './timeouts.ts';
import { openTestDatabase } from '../test-support/databases.ts';
import type { Database } from './client.ts';
import { makeAgreement, makeCommitment } from '../test-support/factories.ts';
import { signInAs } from '../test-support/sessions.ts';
import { listeningUrl, spawnServer } from '../test-support/spawn-server.ts';
import { openEventStream } from '../test-support/sse-client.ts';
import { startSilentServer, startTcpProxy } from '../test-support/tcp-proxy.ts';
import type { TcpProxy } from '../test-support/tcp-proxy.ts';
import { serveDatabase } from '../test-support/test-server.ts';
import type { TestServer } from '../test-support/test-server.ts';

const FAST = {
  ...DEFAULT_TIMEOUTS,
  connectMs: 2_000,
  statementMs: 1_000,
  lockMs: 500,
  queryMs: 1_500,
  listenerCheckEveryMs: 300,
  listenerCheckMs: 500,
};
const timed = async <T>(work: () => Promise<T>) => {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
};

describe('start-up against a database that never answers', () => {
  it('says so in one JSON line, not a stack trace, and exits 1 within 30 s', async () => {
    const silent = await startSilentServer();
    try {
      const server = spawnServer(mkdtempSync(join(tmpdir(), 'accord-silent-')), { DATABASE_URL: silent.url });
      const { result: code, ms } = await timed(() => server.exited);
      expect(code).toBe(1);
      expect(ms).toBeLessThan(30_000);
      const lines = server.output().trim().split('\n');
      const last = JSON.parse(lines.at(-1)!) as { level: string; msg: string };
      expect(last.level).toBe('fatal');
      expect(last.msg).toContain('Could not reach the database');
      expect(server.output()).not.toMatch(/\n\s+at /);
    } finally {
      await silent.close();
    }
  }, 40_000);
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('timeouts on PostgreSQL', () => {
  let base: Database;
  let proxy: TcpProxy;
  let server: TestServer;

  beforeAll(async () => {
    base = await openTestDatabase('postgres');
    await seedIfEmpty(base.db, [makeAgreement({ commitments: [makeCommitment({ slug: 'slow-one' })] })]);
    proxy = await startTcpProxy(base.url!);
    server = await serveDatabase(await openPostgres(proxy.url, 3, FAST));
  });
  afterAll(async () => {
    proxy?.thaw();
    await server?.close();
    await proxy?.close();
    await base?.close();
  });

  it('a write waiting on a held lock answers 503 within the lock timeout and writes nothing', async () => {
    const analyst = await signInAs(server, 'analyst');
    const holder = new pg.Client({ connectionString: base.url });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query(`select * from commitments where slug = 'slow-one' for update`);
      const { result: response, ms } = await timed(() =>
        analyst.send('POST', '/api/v1/commitments/slow-one/updates', {
          status: 'stalled',
          effectiveOn: '2024-01-01',
          actors: ['ROK'],
          summary: 'Blocked',
          sources: [{ url: 'https://example.org/x', title: 'X', kind: 'news' }],
          baseVersion: 1,
        }),
      );
      expect(response.status).toBe(503);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('unavailable');
      expect(response.headers.get('retry-after')).toBe('1');
      expect(ms).toBeLessThan(FAST.statementMs + 1_000);
    } finally {
      await holder.query('rollback');
    }
    const { rows } = await holder.query(`select count(*)::int as n from status_updates`);
    await holder.end();
    expect(rows[0]).toEqual({ n: 0 });
  });

  it('a silently dropped link: /readyz says 503 within 2 s, caches are dropped, and it heals', async () => {
    expect((await server.get('/readyz')).status).toBe(200);
    const stream = await openEventStream(`${server.baseUrl}/api/v1/events`);
    proxy.freeze();
    try {
      const { result: ready, ms } = await timed(() => server.get('/readyz'));
      expect(ready.status).toBe(503);
      expect(ms).toBeLessThan(2_000);
      // The listener's health query notices within its check period: readers are told to reload.
      await stream.waitFor((event) => event.event === 'resync', 5_000);
      const read = await server.get('/api/v1/commitments/slow-one');
      expect(read.status).toBe(503);
    } finally {
      proxy.thaw();
    }
    for (const started = Date.now(); Date.now() - started < 30_000;) {
      if ((await server.get('/readyz')).status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect((await server.get('/readyz')).status).toBe(200);
    expect((await server.get('/api/v1/commitments/slow-one')).status).toBe(200);
    stream.close();
  }, 60_000);

  it('a server whose database link died exits within the hard limit after SIGTERM', async () => {
    const spawned = spawnServer(mkdtempSync(join(tmpdir(), 'accord-hard-exit-')), {
      DATABASE_URL: proxy.url,
    });
    try {
      const url = await listeningUrl(spawned);
      // /readyz also wants a built client, which this test does not need: a database read shows the link works.
      expect((await fetch(`${url}/api/v1/agreements`)).status).toBe(200);
      proxy.freeze();
      const { result: code, ms } = await timed(async () => {
        spawned.child.kill('SIGTERM');
        return spawned.exited;
      });
      expect(ms).toBeLessThan(HARD_EXIT_AFTER_MS + 2_000);
      // Closing gives up on the dead link by itself (0), or the hard exit ends it (1): never a hang.
      expect([0, 1]).toContain(code);
    } finally {
      proxy.thaw();
      spawned.child.kill('SIGKILL');
    }
  }, 60_000);
});
