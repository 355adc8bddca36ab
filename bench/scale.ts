import { gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { STATUS_KEYS, CATEGORY_KEYS } from '../shared/domain/status.ts';
import { startTestServer } from '../server/test-support/test-server.ts';
import type { TestServer } from '../server/test-support/test-server.ts';
import { median, percentile, report } from './support.ts';

const COMMITMENTS = 2_000;
const UPDATES_EACH = 50;
const SAMPLES = 50;
const FEED_SAMPLES = 200;
const list = (values: readonly string[]) => sql.raw(`array[${values.map((v) => `'${v}'`).join(',')}]`);

/** Fills the database with COMMITMENTS commitments of UPDATES_EACH updates each, in a few set-based inserts. */
async function generate(server: TestServer): Promise<void> {
  const { db } = server.database;
  await db.execute(sql`insert into agreements (slug, title, signed_on, place, parties, summary, position)
    values ('scale-agreement', 'A very large agreement', '2018-09-19', 'Pyongyang', array['ROK','DPRK'], 'Generated.', 0)`);
  await db.execute(sql`insert into commitments (slug, agreement_id, article_ref, title, title_ko, text, category, parties, position)
    select 'commitment-' || i, (select id from agreements), 'Art. ' || i,
           'Commitment ' || i || ' on ' || (array['railways','guard posts','families','forests','tourism'])[1 + i % 5],
           '약속 ' || i, 'The parties will carry out generated clause number ' || i || ', in good faith and on time.',
           (${list(CATEGORY_KEYS)})[1 + i % ${CATEGORY_KEYS.length}], array['ROK','DPRK'], i
    from generate_series(1, ${COMMITMENTS}) i`);
  await db.execute(sql`insert into status_updates (commitment_id, status, effective_on, summary, author_name, created_at)
    select c.id, (${list(STATUS_KEYS)})[1 + (c.id + j) % ${STATUS_KEYS.length}], date '2018-09-19' + j * 30,
           'Generated update ' || j || ' of ' || c.slug, 'bench', now() + j * interval '1 millisecond'
    from commitments c, generate_series(1, ${UPDATES_EACH}) j`);
  await db.execute(sql`insert into update_sources (update_id, position, url, title)
    select id, 0, 'https://example.org/source/' || id, 'Source ' || id from status_updates`);
}

async function timeRequests(server: TestServer, paths: string[], samples = SAMPLES): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const path = paths[i % paths.length]!;
    const started = performance.now();
    const response = await server.get(path);
    await response.arrayBuffer();
    times.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  }
  return times;
}

/** Data at scale: snapshot rebuild, dashboard payload, search and commitment-page latency. */
export async function benchScale(): Promise<boolean> {
  const server = await startTestServer('pglite');
  try {
    const started = performance.now();
    await generate(server);
    console.log(
      `generated ${COMMITMENTS} commitments x ${UPDATES_EACH} updates in ${Math.round(performance.now() - started)} ms (PGlite)`,
    );

    const rebuilds: number[] = [];
    let body = Buffer.alloc(0);
    for (let i = 0; i < 5; i++) {
      server.changes.notify({ entity: '*' });
      const t0 = performance.now();
      body = Buffer.from(await (await server.get('/api/v1/dashboard')).arrayBuffer());
      rebuilds.push(performance.now() - t0);
    }
    report('scale: dashboard snapshot rebuild after a change, median of 5', median(rebuilds), 'ms', {
      max: 1000,
    });
    const rebuildHolds = report(
      'scale: dashboard snapshot rebuild, slowest of 5',
      Math.max(...rebuilds),
      'ms',
      { max: 1000 },
    );
    report('scale: dashboard payload, raw', Math.round(body.length / 1024), 'KB');
    report('scale: dashboard payload, gzip', Math.round(gzipSync(body).length / 1024), 'KB');

    const search = await timeRequests(server, [
      '/api/v1/commitments?q=railways',
      '/api/v1/commitments?q=%EC%95%BD%EC%86%8D%2012',
      '/api/v1/commitments?q=clause%20number%201999',
    ]);
    const listHolds = report(
      `scale: GET /api/v1/commitments?q=..., p95 of ${SAMPLES}`,
      percentile(search, 95),
      'ms',
      { max: 50 },
    );
    const pages = await timeRequests(server, [
      '/api/v1/commitments/commitment-1000',
      '/api/v1/commitments/commitment-7',
    ]);
    report(
      `scale: GET /api/v1/commitments/:slug (50 updates), p95 of ${SAMPLES}`,
      percentile(pages, 95),
      'ms',
    );
    // Feeds, badges and embed cards come from kept bytes per data version (issue 12, item 8): the first
    // reader after a change loads the data and builds them once; every later reader is a lookup.
    server.changes.notify({ entity: '*' });
    const [firstFeed] = await timeRequests(server, ['/feed.atom'], 1);
    report(
      'scale: GET /feed.atom, first reader after a change (loads the data)',
      Math.round(firstFeed!),
      'ms',
    );
    const feeds = await timeRequests(server, ['/feed.atom'], FEED_SAMPLES);
    const feedHolds = report(`scale: GET /feed.atom, p99 of ${FEED_SAMPLES}`, percentile(feeds, 99), 'ms', {
      max: 50,
    });
    const perCommitment = await timeRequests(
      server,
      [
        '/commitments/commitment-1000/feed.atom',
        '/badges/commitment-1000.svg',
        '/embed/commitments/commitment-1000',
      ],
      FEED_SAMPLES,
    );
    const perCommitmentHolds = report(
      `scale: commitment feed, badge and embed card, p99 of ${FEED_SAMPLES}`,
      percentile(perCommitment, 99),
      'ms',
      { max: 50 },
    );
    return rebuildHolds && listHolds && feedHolds && perCommitmentHolds;
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = (await benchScale()) ? 0 : 1;
