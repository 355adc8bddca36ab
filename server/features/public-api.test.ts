import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  agreementDetailSchema,
  commitmentDetailSchema,
  dashboardSchema,
  updatesPageSchema,
} from '../../shared/contracts/public.ts';
import { apiErrorSchema } from '../../shared/contracts/common.ts';
import { statusUpdates } from '../db/schema/index.ts';
import { TEST_DATABASE_KINDS } from '../test-support/databases.ts';
import { makeAgreement, makeCommitment, makeUpdate } from '../test-support/factories.ts';
import { startTestServer } from '../test-support/test-server.ts';
import type { TestServer } from '../test-support/test-server.ts';

const guardPosts = makeCommitment({
  title: 'Withdraw guard posts',
  titleKo: '감시초소 철수',
  category: 'military',
  updates: [
    makeUpdate({ status: 'in_progress', effectiveOn: '2018-10-26', summary: 'Dates set' }),
    makeUpdate({
      status: 'implemented',
      effectiveOn: '2018-11-20',
      summary: 'Posts demolished',
      sources: [
        { url: 'https://example.org/a', title: 'First source', kind: 'news' },
        {
          url: 'https://example.org/b',
          title: 'Second source',
          publisher: 'Wire',
          publishedOn: '2018-11-21',
          kind: 'news',
        },
      ],
    }),
    makeUpdate({ status: 'reversed', effectiveOn: '2023-11-24', summary: 'Posts rebuilt' }),
  ],
});
const railway = makeCommitment({
  title: 'Connect the railways',
  category: 'economic',
  text: 'Modernise 50% of the track.',
});
const olympics = makeCommitment({
  title: 'Joint Olympic bid',
  category: 'exchange',
  updates: [makeUpdate({ status: 'abandoned', effectiveOn: '2021-07-21' })],
});
const first = makeAgreement({ slug: 'first-agreement', commitments: [guardPosts, railway] });
const second = makeAgreement({ slug: 'second-agreement', commitments: [olympics] });

describe.each(TEST_DATABASE_KINDS)('public API on %s', (kind) => {
  let server: TestServer;
  const json = async (path: string, headers?: Record<string, string>) => {
    const response = await server.get(path, headers);
    return { response, body: (await response.json()) as unknown };
  };
  const expectError = async (path: string, status: number, code: string) => {
    const { response, body } = await json(path);
    expect(response.status).toBe(status);
    expect(apiErrorSchema.parse(body).error.code).toBe(code);
  };

  beforeAll(async () => {
    server = await startTestServer(kind, [first, second]);
  });
  afterAll(() => server?.close());

  describe('GET /api/v1/dashboard', () => {
    it('lists every commitment with its current status, grouped data and counts', async () => {
      const { response, body } = await json('/api/v1/dashboard');
      expect(response.status).toBe(200);
      const dashboard = dashboardSchema.parse(body);
      expect(dashboard.agreements.map((a) => a.slug)).toEqual(['first-agreement', 'second-agreement']);
      expect(dashboard.commitments.map((c) => [c.slug, c.status, c.lastUpdateOn])).toEqual([
        [guardPosts.slug, 'reversed', '2023-11-24'],
        [railway.slug, 'not_started', null],
        [olympics.slug, 'abandoned', '2021-07-21'],
      ]);
      expect(dashboard.counts).toMatchObject({ reversed: 1, not_started: 1, abandoned: 1, implemented: 0 });
      expect(dashboard.lastUpdateOn).toBe('2023-11-24');
    });

    it('shows the state as of a past date', async () => {
      const dashboard = dashboardSchema.parse((await json('/api/v1/dashboard?asOf=2019-01-01')).body);
      expect(dashboard.asOf).toBe('2019-01-01');
      expect(dashboard.commitments.map((c) => c.status)).toEqual([
        'implemented',
        'not_started',
        'not_started',
      ]);
      expect(dashboard.counts.implemented).toBe(1);
      expect(dashboard.counts.not_started).toBe(2);
    });

    it('sends a strong ETag and Cache-Control, and answers If-None-Match with 304', async () => {
      const first = await server.get('/api/v1/dashboard');
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^"[^"]+"$/);
      expect(first.headers.get('cache-control')).toContain('must-revalidate');
      const again = await server.get('/api/v1/dashboard', { 'If-None-Match': etag! });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      const other = await server.get('/api/v1/dashboard?asOf=2019-01-01');
      expect(other.headers.get('etag')).not.toBe(etag);
    });

    it('rebuilds the snapshot after a data change, with a new ETag', async () => {
      const before = await server.get('/api/v1/dashboard?asOf=2025-01-01');
      const [olympicsUpdate] = await server.database.db
        .select()
        .from(statusUpdates)
        .where(eq(statusUpdates.effectiveOn, '2021-07-21'));
      await server.database.db
        .update(statusUpdates)
        .set({ retractedAt: new Date(), retractedBy: 'test', retractionReason: 'wrong' })
        .where(eq(statusUpdates.id, olympicsUpdate!.id));
      server.changes.notify({ entity: 'test' });
      const after = await server.get('/api/v1/dashboard?asOf=2025-01-01', {
        'If-None-Match': before.headers.get('etag')!,
      });
      expect(after.status).toBe(200);
      const dashboard = dashboardSchema.parse(await after.json());
      expect(dashboard.commitments.find((c) => c.slug === olympics.slug)?.status).toBe('not_started');
      await server.database.db
        .update(statusUpdates)
        .set({ retractedAt: null, retractedBy: null, retractionReason: null })
        .where(eq(statusUpdates.id, olympicsUpdate!.id));
      server.changes.notify({ entity: 'test' });
    });

    it('refuses a malformed or impossible asOf with 400', async () => {
      for (const asOf of ['yesterday', '2019-02-30', '2019-1-1', '']) {
        await expectError(`/api/v1/dashboard?asOf=${asOf}`, 400, 'validation_error');
      }
      await expectError('/api/v1/dashboard?asOf=2019-01-01&asOf=2019-01-02', 400, 'validation_error');
    });
  });

  describe('agreements', () => {
    it('lists agreements and shows one with its commitments and counts', async () => {
      const list = (await json('/api/v1/agreements')).body as { agreements: { slug: string }[] };
      expect(list.agreements.map((a) => a.slug)).toEqual(['first-agreement', 'second-agreement']);
      const detail = agreementDetailSchema.parse((await json('/api/v1/agreements/first-agreement')).body);
      expect(detail.commitments.map((c) => c.slug)).toEqual([guardPosts.slug, railway.slug]);
      expect(detail.counts.reversed).toBe(1);
    });

    it('answers an unknown agreement with 404', async () => {
      await expectError('/api/v1/agreements/no-such-agreement', 404, 'not_found');
    });

    it('shows an agreement as of a past date, and refuses a malformed date', async () => {
      const detail = agreementDetailSchema.parse(
        (await json('/api/v1/agreements/first-agreement?asOf=2019-01-01')).body,
      );
      expect(detail.commitments.map((c) => [c.slug, c.status])).toEqual([
        [guardPosts.slug, 'implemented'],
        [railway.slug, 'not_started'],
      ]);
      expect(detail.counts).toMatchObject({ implemented: 1, not_started: 1, reversed: 0 });
      await expectError('/api/v1/agreements/first-agreement?asOf=2019-02-30', 400, 'validation_error');
    });
  });

  describe('commitments', () => {
    const slugs = async (query: string) =>
      (
        (await json(`/api/v1/commitments${query}`)).body as { commitments: { slug: string }[] }
      ).commitments.map((c) => c.slug);

    it('filters by agreement, status, category and text, alone and combined', async () => {
      expect(await slugs('')).toEqual([guardPosts.slug, railway.slug, olympics.slug]);
      expect(await slugs('?agreement=second-agreement')).toEqual([olympics.slug]);
      expect(await slugs('?status=reversed')).toEqual([guardPosts.slug]);
      expect(await slugs('?category=economic')).toEqual([railway.slug]);
      expect(await slugs('?q=guard')).toEqual([guardPosts.slug]);
      expect(await slugs('?q=%EC%B4%88%EC%86%8C')).toEqual([guardPosts.slug]); // 초소, in the Korean title
      expect(await slugs('?q=50%25')).toEqual([railway.slug]); // % is a character, not a wildcard
      expect(await slugs('?q=5_%25')).toEqual([]);
      expect(await slugs('?status=implemented&asOf=2019-01-01')).toEqual([guardPosts.slug]);
      expect(await slugs('?status=reversed&category=economic')).toEqual([]);
      expect(await slugs('?agreement=unknown-agreement')).toEqual([]);
    });

    it('refuses malformed filters with 400', async () => {
      for (const query of [
        '?status=done',
        '?category=sports',
        '?asOf=2019-13-01',
        '?agreement=Not%20A%20Slug',
        `?q=${'x'.repeat(201)}`,
      ]) {
        await expectError(`/api/v1/commitments${query}`, 400, 'validation_error');
      }
    });

    it('shows one commitment with its history newest first and its sources', async () => {
      const detail = commitmentDetailSchema.parse(
        (await json(`/api/v1/commitments/${guardPosts.slug}`)).body,
      );
      expect(detail.title).toBe('Withdraw guard posts');
      expect(detail.titleKo).toBe('감시초소 철수');
      expect(detail.status).toBe('reversed');
      expect(detail.agreement.slug).toBe('first-agreement');
      expect(detail.updates.map((u) => u.effectiveOn)).toEqual(['2023-11-24', '2018-11-20', '2018-10-26']);
      expect(detail.updates[1]!.sources.map((s) => s.title)).toEqual(['First source', 'Second source']);
      expect(detail.updates[1]!.sources[1]).toEqual({
        url: 'https://example.org/b',
        title: 'Second source',
        publisher: 'Wire',
        publishedOn: '2018-11-21',
        kind: 'news',
        contests: false,
      });
      expect(detail.updates.every((u) => u.retraction === null)).toBe(true);
    });

    it('answers an unknown commitment with 404', async () => {
      await expectError('/api/v1/commitments/no-such-thing', 404, 'not_found');
    });
  });

  describe('GET /api/v1/updates', () => {
    it('pages through recent updates newest first without gaps or repeats', async () => {
      const seen: string[] = [];
      let before: string | null = null;
      do {
        const query: string = before ? `?limit=2&before=${before}` : '?limit=2';
        const page = updatesPageSchema.parse((await json(`/api/v1/updates${query}`)).body);
        expect(page.updates.length).toBeLessThanOrEqual(2);
        seen.push(...page.updates.map((u) => `${u.effectiveOn} ${u.commitmentTitle}`));
        before = page.nextBefore;
      } while (before);
      expect(seen).toEqual([
        '2023-11-24 Withdraw guard posts',
        '2021-07-21 Joint Olympic bid',
        '2018-11-20 Withdraw guard posts',
        '2018-10-26 Withdraw guard posts',
      ]);
    });

    it('refuses a bad limit or cursor with 400', async () => {
      for (const query of ['?limit=0', '?limit=101', '?limit=ten', '?before=yesterday']) {
        await expectError(`/api/v1/updates${query}`, 400, 'validation_error');
      }
    });
  });

  describe('health, errors and headers', () => {
    it('reports liveness and readiness', async () => {
      expect((await server.get('/healthz')).status).toBe(200);
      const ready = await json('/readyz');
      expect(ready.response.status).toBe(200);
      expect(ready.body).toEqual({ status: 'ready', database: kind });
    });

    it('answers unknown API routes with a JSON 404', async () => {
      await expectError('/api/v1/nothing-here', 404, 'not_found');
      await expectError('/api/v2/dashboard', 404, 'not_found');
    });

    it('sends safe headers', async () => {
      const response = await server.get('/api/v1/dashboard');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('x-request-id')).toBeTruthy();
    });
  });
});
