import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updatesPageSchema } from '../../../shared/contracts/public.ts';
import type { StatusUpdate } from '../../../shared/contracts/public.ts';
import { pyongyang2018Seed, SEEDED_DIRECT_UPDATES } from '../../db/seed/pyongyang-2018.ts';
import { createApp } from '../../http/app.ts';
import { createLogger } from '../../logger.ts';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.ts';
import { startTestServer } from '../../test-support/test-server.ts';
import type { TestServer } from '../../test-support/test-server.ts';
import {
  deadlineCommitment,
  evidenceAgreement,
  getCommitmentDetail,
  openDataAgreement,
  recordEvidenceOverHttp,
  reviewedCommitment,
  quietCommitment,
  retractOverHttp,
  trickyCommitment,
} from '../open-data/test-fixtures.ts';
import { SITE_FEED_ENTRIES } from './routes.ts';

const SEEDED_UPDATES = SEEDED_DIRECT_UPDATES;
const ENTRY_ID = /^tag:127\.0\.0\.1,2018-09-19:(update|development)\/(\d+)$/;

describe.each(TEST_DATABASE_KINDS)('Atom feeds on %s', (kind) => {
  let server: TestServer;
  let retracted: StatusUpdate;
  let developmentId: number;
  const feedOf = async (path: string) => {
    const response = await server.get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    return { response, feed: parseFeed(await response.text()) };
  };

  beforeAll(async () => {
    server = await startTestServer(kind, [...pyongyang2018Seed, openDataAgreement, evidenceAgreement]);
    developmentId = await recordEvidenceOverHttp(server);
    retracted = await retractOverHttp(
      server,
      trickyCommitment.slug,
      '2019-02-01',
      'Wrong date, see the minutes',
    );
  }, 120_000);
  afterAll(() => server?.close());

  it('the site feed carries the latest changes, newest first, with absolute permalinks', async () => {
    const { feed } = await feedOf('/feed.atom');
    expect(feed.title).toBe('Accord Tracker — latest updates');
    expect(feed.self).toBe(`${server.baseUrl}/feed.atom`);
    expect(feed.url).toBe(`${server.baseUrl}/`);
    expect(feed.items).toHaveLength(SITE_FEED_ENTRIES);
    // The retraction is the latest change of all, so it comes first.
    const [first] = feed.items;
    expect(first!.id).toBe(`tag:127.0.0.1,2018-09-19:update/${retracted.id}`);
    for (const item of feed.items) {
      expect(item.id).toMatch(ENTRY_ID);
      expect(item.url).toMatch(new RegExp(`^${server.baseUrl}/commitments/[a-z0-9-]+$`));
    }
    const times = feed.items.map((item) => (item.updated ?? item.published)!.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('kept bytes are per origin: a request to another host name gets its own links', async () => {
    const mine = await (await server.get('/feed.atom')).text();
    const viaLocalhost = await (
      await fetch(`${server.baseUrl.replace('127.0.0.1', 'localhost')}/feed.atom`)
    ).text();
    expect(parseFeed(viaLocalhost).self).toBe(
      `${server.baseUrl.replace('127.0.0.1', 'localhost')}/feed.atom`,
    );
    expect(parseFeed(mine).self).toBe(`${server.baseUrl}/feed.atom`);
  });

  it('marks a retracted update as retracted, dated when it was retracted, and keeps the event date', async () => {
    const { feed } = await feedOf('/feed.atom');
    const item = feed.items.find((entry) => entry.id?.endsWith(`/${retracted.id}`))!;
    expect(item.title).toBe(`Retracted: ${trickyCommitment.title} — Stalled`);
    expect(item.published!.toISOString()).toBe(retracted.createdAt);
    expect(item.updated!.toISOString()).toBe(retracted.retraction!.at);
    expect(item.updated!.getTime()).toBeGreaterThan(item.published!.getTime());
    expect(item.categories.map((category) => category.term)).toEqual(['stalled', 'retracted']);
    expect(item.content).toContain('Wrong date, see the minutes');
    expect(item.content).toContain('1 Feb 2019 · Confirmed');
    expect(item.content).toContain('<del>=HYPERLINK("http://evil.example","click")</del>');
  });

  it('shows a development once, linking to every commitment it moved, with date precision, actors and standing', async () => {
    const { feed } = await feedOf('/feed.atom');
    const developmentEntries = feed.items.filter((item) => item.id?.includes(':development/'));
    expect(developmentEntries.map((item) => item.id)).toEqual([
      `tag:127.0.0.1,2018-09-19:development/${developmentId}`,
    ]);
    const [item] = developmentEntries;
    expect(item!.title).toBe('Guard posts removed and verified on both sides — 2 commitments');
    // Its updates are not listed again one by one.
    const [deadline] = await Promise.all([getCommitmentDetail(server, deadlineCommitment.slug)]);
    const linked = deadline.updates.find((update) => update.developmentId === developmentId)!;
    expect(feed.items.some((entry) => entry.id?.endsWith(`:update/${linked.id}`))).toBe(false);
    expect(item!.content).toContain(
      'December 2018 · Disputed: The DPRK says only 10 posts were removed · Actors: South Korea, North Korea and United Nations Command',
    );
    for (const slug of [deadlineCommitment.slug, reviewedCommitment.slug])
      expect(item!.content).toContain(`href="${server.baseUrl}/commitments/${slug}"`);
    expect(item!.content).toContain('meets its deadline');
    expect(item!.content).toContain('[analysis, contests the claim]');
    const xml = await (await server.get('/feed.atom')).text();
    expect(xml.match(/rel="related"/g)).toHaveLength(2);

    // A commitment's own feed keeps one entry per update, and says who claimed it.
    const own = await feedOf(`/commitments/${deadlineCommitment.slug}/feed.atom`);
    const claimed = own.feed.items.find((entry) => entry.content?.includes('November 2018'))!;
    expect(claimed.content).toContain('November 2018 · Claimed by South Korea and North Korea');
    const ownXml = await (await server.get(`/commitments/${deadlineCommitment.slug}/feed.atom`)).text();
    expect(ownXml).toContain('<summary type="text">November 2018 (Claimed by South Korea and North Korea): ');
    expect(own.feed.items.map((entry) => entry.id)).toContain(`tag:127.0.0.1,2018-09-19:update/${linked.id}`);
  });

  it('is well-formed XML whose HTML content is escaped once more, as type="html" requires', async () => {
    const xml = await (await server.get(`/commitments/${trickyCommitment.slug}/feed.atom`)).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      feed: { title: { '#text': string }; entry: { content: { '#text': string } }[] };
    };
    expect(parsed.feed.title['#text']).toBe(`${trickyCommitment.title} — Accord Tracker`);
    const html = parsed.feed.entry.map((entry) => entry.content['#text']).join('\n');
    // One level of XML escaping removed: what is left is correct HTML, still escaped for HTML.
    expect(html).toContain(
      '<a href="https://example.org/a,b?c=&quot;d&quot;">+Sum, of &quot;things&quot;</a>',
    );
    expect(html).toContain('Reopen the &quot;Kaesong&quot; &lt;complex&gt;, &amp; more');
  });

  it('a commitment feed has every update of that commitment, with Korean text intact', async () => {
    const { feed } = await feedOf(`/commitments/${trickyCommitment.slug}/feed.atom`);
    const detail = await getCommitmentDetail(server, trickyCommitment.slug);
    expect(feed.title).toBe(`${trickyCommitment.title} — Accord Tracker`);
    expect(feed.self).toBe(`${server.baseUrl}/commitments/${trickyCommitment.slug}/feed.atom`);
    expect(feed.items.map((item) => item.id).sort()).toEqual(
      detail.updates.map((update) => `tag:127.0.0.1,2018-09-19:update/${update.id}`).sort(),
    );
    for (const item of feed.items)
      expect(item.url).toBe(`${server.baseUrl}/commitments/${trickyCommitment.slug}`);
    const first = detail.updates.find((update) => update.effectiveOn === '2018-10-01')!;
    const entry = feed.items.find((item) => item.id?.endsWith(`/${first.id}`))!;
    expect(entry.published!.toISOString()).toBe(first.createdAt);
    expect(entry.updated!.toISOString()).toBe(first.createdAt);
    expect(entry.content).toContain('개성에서 첫 회담이 열렸다');
    expect(entry.authors[0]?.name).toBe('Accord Tracker editors');
  });

  it('every seeded commitment feed matches its history; ids are stable across requests', async () => {
    const all = { updates: [] as ReturnType<typeof updatesPageSchema.parse>['updates'] };
    let before: string | null = null;
    do {
      const page = updatesPageSchema.parse(
        await (await server.get(`/api/v1/updates?limit=100${before ? `&before=${before}` : ''}`)).json(),
      );
      all.updates.push(...page.updates);
      before = page.nextBefore;
    } while (before);
    expect(all.updates).toHaveLength(SEEDED_UPDATES + trickyCommitment.updates.length + 1 + 2);
    const gp = await feedOf('/commitments/gp-withdrawal/feed.atom');
    const again = await feedOf('/commitments/gp-withdrawal/feed.atom');
    expect(gp.feed.items.length).toBe(all.updates.filter((u) => u.commitmentSlug === 'gp-withdrawal').length);
    expect(again.feed.items.map((item) => item.id)).toEqual(gp.feed.items.map((item) => item.id));
  });

  it('an empty commitment has an empty but valid feed; an unknown one is a 404', async () => {
    const { feed } = await feedOf(`/commitments/${quietCommitment.slug}/feed.atom`);
    expect(feed.items).toHaveLength(0);
    expect(feed.updated?.toISOString()).toBe('2018-09-19T00:00:00.000Z'); // the agreement's signing
    expect((await server.get('/commitments/no-such-commitment/feed.atom')).status).toBe(404);
  });

  it('answers If-None-Match with 304 until the data changes', async () => {
    const { response } = await feedOf('/feed.atom');
    const etag = response.headers.get('etag')!;
    expect(response.headers.get('cache-control')).toContain('must-revalidate');
    expect((await server.get('/feed.atom', { 'If-None-Match': etag })).status).toBe(304);
    await retractOverHttp(server, trickyCommitment.slug, '2019-06-01', 'Duplicate of another entry');
    const changed = await server.get('/feed.atom', { 'If-None-Match': etag });
    expect(changed.status).toBe(200);
    expect(parseFeed(await changed.text()).items[0]!.title).toMatch(
      /^Retracted: .* — Partially implemented$/,
    );
  });
});

describe('Atom feeds with PUBLIC_URL set', () => {
  let server: TestServer;
  let other: Server;
  let otherUrl: string;

  beforeAll(async () => {
    server = await startTestServer('pglite', [openDataAgreement]);
    const { app } = createApp({
      database: server.database,
      logger: createLogger('silent'),
      publicOrigin: 'https://tracker.example.org',
    });
    other = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => other?.close(resolve));
    await server?.close();
  });

  it('links to the public address, not the one the request came to', async () => {
    const feed = parseFeed(await (await fetch(`${otherUrl}/feed.atom`)).text());
    expect(feed.self).toBe('https://tracker.example.org/feed.atom');
    expect(feed.items.length).toBe(trickyCommitment.updates.length);
    for (const item of feed.items) {
      expect(item.id).toMatch(/^tag:tracker\.example\.org,2018-09-19:update\/\d+$/);
      expect(item.url).toBe(`https://tracker.example.org/commitments/${trickyCommitment.slug}`);
    }
  });
});
