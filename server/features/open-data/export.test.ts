import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportDataSchema } from '../../../shared/contracts/export.ts';
import { queryRows } from '../../db/client.ts';
import { pyongyang2018Seed, SEEDED_DIRECT_UPDATES } from '../../db/seed/pyongyang-2018.ts';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.ts';
import { startTestServer } from '../../test-support/test-server.ts';
import type { TestServer } from '../../test-support/test-server.ts';
import { csvField } from './csv.ts';
import {
  deadlineCommitment,
  evidenceAgreement,
  openDataAgreement,
  recordEvidenceOverHttp,
  retractOverHttp,
  reviewedCommitment,
  trickyCommitment,
} from './test-fixtures.ts';

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

describe('csvField', () => {
  it('quotes only what needs it, doubling quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(12)).toBe('12');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'])
      expect(csvField(text).replace(/^"/, '')).toMatch(/^'/);
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('a=b')).toBe('a=b');
  });
});

describe.each(TEST_DATABASE_KINDS)('CSV and JSON export on %s', (kind) => {
  let server: TestServer;
  let developmentId: number;
  const updateCount = async () =>
    (
      await queryRows<{ n: number }>(server.database.db, sql`select count(*)::int as n from status_updates`)
    )[0]!.n;

  beforeAll(async () => {
    server = await startTestServer(kind, [...pyongyang2018Seed, openDataAgreement, evidenceAgreement]);
    await retractOverHttp(server, trickyCommitment.slug, '2019-02-01', 'Wrong date, see the minutes');
    developmentId = await recordEvidenceOverHttp(server);
  }, 120_000);
  afterAll(() => server?.close());

  describe('GET /api/v1/export.csv', () => {
    let response: Response;
    let bytes: Buffer;
    let rows: Row[];

    beforeAll(async () => {
      response = await server.get('/api/v1/export.csv');
      bytes = Buffer.from(await response.arrayBuffer());
      rows = parse(bytes, { bom: true, columns: true, skip_empty_lines: true }) as Row[];
    });

    it('is UTF-8 CSV with a byte-order mark, a header row and a download name', () => {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="accord-tracker-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text.slice(1, text.indexOf('\r\n'))).toBe(CSV_COLUMNS.join(','));
      expect(text.endsWith('\r\n')).toBe(true);
    });

    it('has one row per status update, retracted ones included', async () => {
      expect(rows).toHaveLength(await updateCount());
      expect(rows).toHaveLength(SEEDED_DIRECT_UPDATES + trickyCommitment.updates.length + 1 + 2);
      expect(new Set(rows.map((row) => row.update_id)).size).toBe(rows.length);
      expect(rows.filter((row) => row.retracted === 'true')).toHaveLength(1);
      expect(rows.filter((row) => row.retracted === 'false')).toHaveLength(rows.length - 1);
    });

    it('keeps Korean text and the seeded data intact', () => {
      const signing = rows.find((row) => row.commitment_slug === 'cma-adoption')!;
      expect(signing).toMatchObject({
        agreement: 'pyongyang-joint-declaration-2018',
        category: 'military',
        status: 'in_progress',
        status_label: 'In progress',
        effective_on: '2018-09-19',
        summary_ko: '송영무 국방부 장관과 노광철 인민무력상이 평양에서 군사분야 합의서에 서명했다.',
        author: 'Accord Tracker editors',
        retracted: 'false',
        retracted_at: '',
      });
      expect(signing.source_url).toMatch(/^https:\/\//);
    });

    it('appends the evidence model: precision, actors, standing, dispute, deadline, development, source kinds', () => {
      const text = CSV_COLUMNS.join(',');
      expect(text.startsWith('update_id,agreement,commitment_slug,')).toBe(true);
      expect(CSV_COLUMNS.indexOf('retraction_reason')).toBe(17);
      const [claimed, met] = rows.filter((row) => row.commitment_slug === deadlineCommitment.slug);
      expect(claimed).toMatchObject({
        effective_on: '2018-11-01',
        date_precision: 'month',
        actors: 'ROK;DPRK',
        standing: 'claimed',
        dispute_note: '',
        meets_deadline: 'false',
        development_id: '',
        source_kinds: 'official',
        source_contests: 'false',
      });
      expect(met).toMatchObject({
        effective_on: '2018-12-01',
        date_precision: 'month',
        actors: 'ROK;DPRK;UNC',
        standing: 'disputed',
        dispute_note: 'The DPRK says only 10 posts were removed',
        dispute_note_ko: '북측은 10곳만 철수했다고 주장',
        meets_deadline: 'true',
        development_id: String(developmentId),
        source_kinds: 'official;analysis',
        source_contests: 'false;true',
      });
      const moved = rows.find((row) => row.commitment_slug === reviewedCommitment.slug)!;
      expect(moved.development_id).toBe(String(developmentId));
      expect(rows.find((row) => row.commitment_slug === 'cma-adoption')!.date_precision).toBe('day');
    });

    it('quotes commas, quotes and line breaks so they read back exactly', () => {
      const [talks, formula, points] = rows.filter((row) => row.commitment_slug === trickyCommitment.slug);
      expect(talks!.summary).toBe('Talks began, in Kaesong; the "first" round.\nA second line.');
      expect(talks!.summary_ko).toBe('개성에서 첫 회담이 열렸다, "처음으로".');
      expect(talks!.commitment_title).toBe('Reopen the "Kaesong" <complex>, & more');
      expect(formula!.source_url).toBe('https://example.org/a,b?c="d"');
      expect(formula!.source_count).toBe('2');
      expect(points!.status).toBe('partial');
    });

    it('guards against formula injection with a leading apostrophe', () => {
      const [, formula, points] = rows.filter((row) => row.commitment_slug === trickyCommitment.slug);
      expect(formula!.summary).toBe(`'=HYPERLINK("http://evil.example","click")`);
      expect(formula!.source_title).toBe(`'+Sum, of "things"`);
      expect(formula!.retracted).toBe('true');
      expect(formula!.retraction_reason).toBe('Wrong date, see the minutes');
      expect(formula!.retracted_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(points!.summary).toBe(`'-5 points; @mention`);
    });
  });

  describe('GET /api/v1/export.json', () => {
    it('is the complete dataset in format version 2, valid against the shared schema', async () => {
      const response = await server.get('/api/v1/export.json');
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="accord-tracker-\d{4}-\d{2}-\d{2}\.json"$/,
      );
      const data = exportDataSchema.parse(await response.json());
      expect(data.formatVersion).toBe(3);
      expect(data.parties.slice(0, 2)).toEqual([
        { code: 'ROK', name: 'South Korea', nameKo: '남측(한국)', kind: 'signatory' },
        { code: 'DPRK', name: 'North Korea', nameKo: '북측(북한)', kind: 'signatory' },
      ]);
      expect(data.agreements.map((agreement) => agreement.slug)).toEqual([
        'pyongyang-joint-declaration-2018',
        'comprehensive-military-agreement-2018',
        'open-data-agreement',
        'evidence-agreement',
      ]);
      expect(data.commitments).toHaveLength(pyongyang2018Seed.flatMap((a) => a.commitments).length + 2 + 2);
      expect(data.agreements[3]).toMatchObject({ placeKo: '평양', summaryKo: '시험용 합의' });
      expect(data.commitments.find((c) => c.slug === deadlineCommitment.slug)).toMatchObject({
        textKo: '감시초소를 철수한다.',
        deadlineNoteKo: '연내',
        deadlineMetOn: null, // met through an update marked meetsDeadline, not an analyst's dated record
      });
      expect(data.developments).toEqual([
        expect.objectContaining({
          id: developmentId,
          effectiveOn: '2018-12-01',
          datePrecision: 'month',
          actors: ['ROK', 'DPRK', 'UNC'],
          standing: 'disputed',
          disputeNoteKo: '북측은 10곳만 철수했다고 주장',
        }),
      ]);
      expect(data.updates.filter((update) => update.development === developmentId)).toHaveLength(2);
      expect(data.reviews).toEqual([
        expect.objectContaining({
          commitment: reviewedCommitment.slug,
          reviewedOn: '2020-03-01',
          note: 'Checked the ministry archive; no change',
        }),
      ]);
      expect(data.updates).toHaveLength(await updateCount());
      const retracted = data.updates.filter((update) => update.retraction);
      expect(retracted).toHaveLength(1);
      expect(retracted[0]!.retraction).toMatchObject({ reason: 'Wrong date, see the minutes' });
      expect(retracted[0]!.sources.map((source) => source.title)).toEqual([
        '+Sum, of "things"',
        'Second source',
      ]);
      const korean = data.updates.find((update) => update.commitment === trickyCommitment.slug)!;
      expect(korean.summaryKo).toBe('개성에서 첫 회담이 열렸다, "처음으로".');
    });

    it('sends ETags that hold while the data does and change when it changes', async () => {
      const first = await server.get('/api/v1/export.json');
      const csv = await server.get('/api/v1/export.csv');
      const jsonTag = first.headers.get('etag')!;
      const csvTag = csv.headers.get('etag')!;
      expect(jsonTag).toMatch(/^W\/"[^"]+"$/);
      expect(csvTag).toMatch(/^"[^"]+"$/);
      expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
      expect((await server.get('/api/v1/export.json', { 'If-None-Match': jsonTag })).status).toBe(304);
      expect((await server.get('/api/v1/export.csv', { 'If-None-Match': csvTag })).status).toBe(304);

      // A change notice without a change rebuilds the files, with the same tags.
      server.changes.notify({ entity: 'test' });
      expect((await server.get('/api/v1/export.json', { 'If-None-Match': jsonTag })).status).toBe(304);
      expect((await server.get('/api/v1/export.csv', { 'If-None-Match': csvTag })).status).toBe(304);

      await retractOverHttp(server, trickyCommitment.slug, '2019-06-01', 'Entered twice by mistake');
      const json = await server.get('/api/v1/export.json', { 'If-None-Match': jsonTag });
      expect(json.status).toBe(200);
      expect(json.headers.get('etag')).not.toBe(jsonTag);
      const newCsv = await server.get('/api/v1/export.csv', { 'If-None-Match': csvTag });
      expect(newCsv.status).toBe(200);
      expect(await newCsv.text()).toContain('Entered twice by mistake');
    });
  });
});
