import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timelineSchema } from '../../../shared/contracts/public.ts';
import type { CommitmentDetail } from '../../../shared/contracts/public.ts';
import { textColumns } from '../../../shared/lib/shorten-text.ts';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.ts';
import { makeAgreement, makeCommitment, makeUpdate } from '../../test-support/factories.ts';
import { signInAs } from '../../test-support/sessions.ts';
import type { TestClient } from '../../test-support/sessions.ts';
import { SUMMARY_COLUMNS } from './build-timeline.ts';
import { startTestServer } from '../../test-support/test-server.ts';
import type { TestServer } from '../../test-support/test-server.ts';

// Long enough to be cut to SUMMARY_COLUMNS (a Korean syllable counts two).
const LONG_SUMMARY =
  'Both sides pulled troops, weapons and equipment out of their 11 posts and began demolition on 11 November; the North blew up ten of its posts.';
const LONG_SUMMARY_KO =
  '양측은 11개 감시초소에서 병력과 장비를 철수하고 11월 11일 철거를 시작했으며, 북측은 감시초소 10개를 폭파했다.';

const guardPosts = makeCommitment({
  updates: [
    makeUpdate({
      status: 'implemented',
      effectiveOn: '2018-11-20',
      summary: LONG_SUMMARY,
      summaryKo: LONG_SUMMARY_KO,
    }),
    makeUpdate({ status: 'in_progress', effectiveOn: '2018-10-26', summary: 'Talks agreed a date' }),
    makeUpdate({ status: 'implemented', effectiveOn: '2019-06-01' }), // no change: left out
    makeUpdate({ status: 'reversed', effectiveOn: '2023-11-24', summary: 'Posts restored' }),
  ],
});
const untouched = makeCommitment();
const troupe = makeCommitment({
  updates: [makeUpdate({ status: 'not_started', effectiveOn: '2018-10-26' })],
});
const later = makeAgreement({ commitments: [troupe] });
const first = makeAgreement({ commitments: [guardPosts, untouched] });

describe.each(TEST_DATABASE_KINDS)('GET /api/v1/timeline on %s', (kind) => {
  let server: TestServer;
  let analyst: TestClient;
  const timeline = async (headers?: Record<string, string>) => {
    const response = await server.get('/api/v1/timeline', headers);
    return { response, body: response.status === 200 ? timelineSchema.parse(await response.json()) : null };
  };

  beforeAll(async () => {
    server = await startTestServer(kind, [first, later]);
    analyst = await signInAs(server, 'analyst');
  });
  afterAll(() => server?.close());

  it('gives every commitment, in the dashboard order, with its status changes oldest first', async () => {
    const { response, body } = await timeline();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(body!.commitments.map(({ slug, changes }) => ({ slug, changes }))).toEqual([
      {
        slug: guardPosts.slug,
        changes: [
          ['2018-10-26', 'in_progress'],
          ['2018-11-20', 'implemented'],
          ['2023-11-24', 'reversed'],
        ],
      },
      { slug: untouched.slug, changes: [] },
      { slug: troupe.slug, changes: [] }, // an update that keeps it Not started changes nothing
    ]);
    expect(body!.commitments.slice(1).map((c) => c.updates)).toEqual([[], []]);
  });

  it('names the update behind each change, its summaries cut short at a word', async () => {
    const { body } = await timeline();
    const detail = (await (
      await server.get(`/api/v1/commitments/${guardPosts.slug}`)
    ).json()) as CommitmentDetail;
    const idOf = (effectiveOn: string) => detail.updates.find((u) => u.effectiveOn === effectiveOn)!.id;
    const [talks, done, restored] = body!.commitments[0]!.updates;
    expect(talks).toEqual({ id: idOf('2018-10-26'), summary: 'Talks agreed a date', summaryKo: null });
    expect(restored).toEqual({ id: idOf('2023-11-24'), summary: 'Posts restored', summaryKo: null });
    expect(done).toEqual({
      id: idOf('2018-11-20'),
      summary:
        'Both sides pulled troops, weapons and equipment out of their 11 posts and began demolition on 11…',
      summaryKo:
        '양측은 11개 감시초소에서 병력과 장비를 철수하고 11월 11일 철거를 시작했으며, 북측은 감시초소 10개를…',
    });
    expect(textColumns(done!.summaryKo!)).toBeLessThanOrEqual(SUMMARY_COLUMNS);
  });

  it('answers 304 to its own ETag, and a new body after a write', async () => {
    const first = await timeline();
    const etag = first.response.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.response.headers.get('cache-control')).toContain('must-revalidate');
    expect((await server.get('/api/v1/timeline', { 'If-None-Match': etag! })).status).toBe(304);

    const detail = (await (
      await server.get(`/api/v1/commitments/${untouched.slug}`)
    ).json()) as CommitmentDetail;
    const published = await analyst.send('POST', `/api/v1/commitments/${untouched.slug}/updates`, {
      status: 'partial',
      actors: ['ROK'],
      effectiveOn: '2020-02-02',
      summary: 'Half done',
      sources: [{ url: 'https://example.org/half', title: 'Half', kind: 'news' }],
      baseVersion: detail.version,
    });
    expect(published.status).toBe(201);
    const { update, commitment } = (await published.json()) as {
      update: { id: number };
      commitment: { version: number };
    };

    const after = await timeline({ 'If-None-Match': etag! });
    expect(after.response.status).toBe(200);
    expect(after.body!.commitments[1]).toEqual({
      slug: untouched.slug,
      changes: [['2020-02-02', 'partial']],
      updates: [{ id: update.id, summary: 'Half done', summaryKo: null }],
    });

    // A retracted update no longer counts.
    const retracted = await analyst.send('POST', `/api/v1/updates/${update.id}/retraction`, {
      reason: 'Wrong commitment',
      baseVersion: commitment.version,
    });
    expect(retracted.status).toBe(200);
    expect((await timeline()).body!.commitments[1]).toEqual({
      slug: untouched.slug,
      changes: [],
      updates: [],
    });
  });
});
