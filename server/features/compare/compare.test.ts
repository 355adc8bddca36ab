import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPARE_CSV_COLUMNS, compareSchema } from '../../../shared/contracts/public.ts';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.ts';
import { makeAgreement, makeCommitment, makeUpdate } from '../../test-support/factories.ts';
import { signInAs } from '../../test-support/sessions.ts';
import { startTestServer } from '../../test-support/test-server.ts';
import type { TestServer } from '../../test-support/test-server.ts';

const rising = makeAgreement({
  slug: 'cmp-rising',
  title: 'Rising, then falling',
  signedOn: '2018-04-27',
  commitments: [
    makeCommitment({
      slug: 'cmp-one',
      updates: [
        makeUpdate({ status: 'implemented', effectiveOn: '2018-06-01' }),
        makeUpdate({ status: 'reversed', effectiveOn: '2020-06-16' }),
      ],
    }),
    makeCommitment({
      slug: 'cmp-two',
      updates: [makeUpdate({ status: 'partial', effectiveOn: '2018-07-01' })],
    }),
  ],
});
const flat = makeAgreement({
  slug: 'cmp-flat',
  title: 'Never moved, "quoted"',
  signedOn: '2018-06-12',
  commitments: [makeCommitment({ updates: [makeUpdate({ status: 'stalled', effectiveOn: '2019-02-28' })] })],
});

describe.each(TEST_DATABASE_KINDS)('the agreements side by side on %s', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(kind, [rising, flat]);
  });
  afterAll(() => server?.close());

  it('gives each agreement its share over time, its peak and the days it fell', async () => {
    const response = await server.get('/api/v1/compare');
    expect(response.status).toBe(200);
    const body = compareSchema.parse(await response.json());
    expect(body.agreements.map((row) => row.slug)).toEqual(['cmp-rising', 'cmp-flat']);
    const [first, second] = body.agreements;
    expect(first!.points.map((p) => [p.date, p.done, p.percent])).toEqual([
      ['2018-04-27', 0, 0],
      ['2018-06-01', 1, 50],
      ['2018-07-01', 2, 100],
      ['2020-06-16', 1, 50],
    ]);
    expect(first!.peak).toMatchObject({ date: '2018-07-01', percent: 100 });
    expect(first!.falls).toEqual([{ date: '2020-06-16', done: 1, total: 2, percent: 50, fromPercent: 100 }]);
    expect(second).toMatchObject({ peak: null, falls: [], points: [{ date: '2018-06-12', percent: 0 }] });
  });

  it('answers If-None-Match with 304 until the data changes', async () => {
    const etag = (await server.get('/api/v1/compare')).headers.get('etag')!;
    expect((await server.get('/api/v1/compare', { 'if-none-match': etag })).status).toBe(304);
    const analyst = await signInAs(server, 'analyst');
    const published = await analyst.send('POST', '/api/v1/commitments/cmp-two/updates', {
      status: 'abandoned',
      actors: ['DPRK'],
      effectiveOn: '2021-01-01',
      summary: 'Dropped',
      sources: [{ url: 'https://example.org/dropped', title: 'Dropped', kind: 'news' }],
      baseVersion: 1,
    });
    expect(published.status).toBe(201);
    const after = await server.get('/api/v1/compare', { 'if-none-match': etag });
    expect(after.status).toBe(200);
    const body = compareSchema.parse(await after.json());
    expect(body.agreements[0]!.falls.map((fall) => fall.date)).toEqual(['2020-06-16', '2021-01-01']);
  });

  it('downloads the same series as CSV, one row per point, turning points named', async () => {
    const response = await server.get('/api/v1/compare.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM: spreadsheets read UTF-8
    const rows = parse(bytes.subarray(3).toString('utf8'), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...COMPARE_CSV_COLUMNS]);
    expect(rows.filter((row) => row.agreement === 'cmp-rising').map((row) => row.turning_point)).toEqual([
      '',
      '',
      'peak',
      'fall',
      'fall',
    ]);
    expect(rows.find((row) => row.agreement === 'cmp-flat')).toMatchObject({
      agreement_title: 'Never moved, "quoted"',
      percent: '0',
      total: '1',
    });
  });
});
