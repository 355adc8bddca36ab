import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusAsOf } from '../../../shared/domain/current-status.ts';
import { periodStart } from '../../../shared/domain/date-precision.ts';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import { deadlineMetOn, deadlineState } from '../../../shared/domain/deadlines.ts';
import { lintRecord } from '../../../shared/domain/record-lint/lint-record.ts';
import { CATEGORY_KEYS, SOURCE_KINDS, STATUS_KEYS } from '../../../shared/domain/status.ts';
import type { Database } from '../client.ts';
import { parties } from '../schema/index.ts';
import { openTestDatabase } from '../../test-support/databases.ts';
import { earlierPyongyang2018Seed } from './earlier/pyongyang-2018-2026-02.ts';
import { seedForLint } from './lint-seed.ts';
import { pyongyang2018Developments, pyongyang2018Seed, SEED_REVIEWED_ON } from './pyongyang-2018.ts';
import { planSeedUpdates } from './seed-events.ts';

const agreements = pyongyang2018Seed;
const commitments = agreements.flatMap((a) => a.commitments);
const plan = planSeedUpdates(agreements, pyongyang2018Developments);
const events = [...plan.map((p) => p.update), ...pyongyang2018Developments];
const sources = events.flatMap((e) => e.sources);
const NEW_CLAUSES = [
  'cultural-exchanges',
  'denuclearisation-cooperation',
  'warning-procedures',
  'dmz-historic-sites',
  'west-sea-clash-prevention',
  'passage-communication-customs',
  'military-hotlines',
];
const LATEST = SEED_REVIEWED_ON;

/** A commitment's history as the status rule sees it, in the order the seed writes it. */
const historyOf = (slug: string) =>
  plan
    .filter((p) => p.commitment === slug)
    .map((p, index) => ({ ...p.update, createdAt: index, meetsDeadline: p.update.meetsDeadline ?? false }));

describe('the Pyongyang 2018 record', () => {
  let database: Database;
  let partyCodes: Set<string>;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    partyCodes = new Set((await database.db.select().from(parties)).map((row) => row.code));
  });
  afterAll(() => database?.close());

  it('keeps every earlier permalink and adds the seven clauses the review found missing', () => {
    const slugs = commitments.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    const earlier = earlierPyongyang2018Seed.flatMap((a) => a.commitments.map((c) => c.slug));
    expect(slugs).toEqual(expect.arrayContaining(earlier));
    expect([...slugs].sort()).toEqual([...earlier, ...NEW_CLAUSES].sort());
  });

  it('links each agreement to a government-published text, in both languages', () => {
    expect(agreements.map((a) => a.slug)).toEqual([
      'pyongyang-joint-declaration-2018',
      'comprehensive-military-agreement-2018',
    ]);
    for (const a of agreements) {
      expect(new URL(a.sourceUrl!).hostname, a.slug).toMatch(/\.go\.kr$/);
      expect(a.titleKo && a.summaryKo && a.placeKo, a.slug).toBeTruthy();
    }
  });

  it('gives every commitment a Korean title, a known category and parties from the registry', () => {
    for (const c of commitments) {
      expect(c.titleKo?.trim(), c.slug).toBeTruthy();
      expect(CATEGORY_KEYS).toContain(c.category);
      expect(c.articleRef, c.slug).toMatch(/^Art\. \d/);
      for (const party of c.parties) expect(partyCodes.has(party), `${c.slug}: ${party}`).toBe(true);
    }
  });

  it('dates, attributes and sources every entry, in Korean too', () => {
    for (const e of events) {
      const where = `${e.effectiveOn}: ${e.summary.slice(0, 50)}`;
      expect(isIsoDate(e.effectiveOn), where).toBe(true);
      // Context before the signing is allowed (it never sets a status the day before signing counts).
      expect(e.effectiveOn >= '2018-01-01' && e.effectiveOn <= LATEST, where).toBe(true);
      expect(e.effectiveOn, where).toBe(periodStart(e.effectiveOn, e.datePrecision ?? 'day'));
      expect(e.actors?.length, where).toBeGreaterThan(0);
      for (const actor of e.actors ?? []) expect(partyCodes.has(actor), `${where}: ${actor}`).toBe(true);
      expect(e.summaryKo?.trim(), where).toBeTruthy();
      if (e.standing === 'disputed') expect(e.disputeNote && e.disputeNoteKo, where).toBeTruthy();
    }
    for (const u of plan.map((p) => p.update)) expect(STATUS_KEYS).toContain(u.status);
  });

  it('cites originals: exact titles, publishers and kinds, no document mirrors or aggregators', () => {
    // Document-sharing mirrors and aggregators that the review replaced. (One wire copy, on MENAFN, stays
    // where no original page with a readable headline could be opened; it is labelled "other".)
    const mirrors = /docslib|korean-vibe|devdiscourse|alayham/;
    for (const s of sources) {
      expect(new URL(s.url).protocol, s.url).toMatch(/^https?:$/);
      expect(s.url, s.url).not.toMatch(mirrors);
      expect(s.title.trim() && s.publisher?.trim(), s.url).toBeTruthy();
      expect(SOURCE_KINDS).toContain(s.kind);
      if (s.publishedOn) expect(isIsoDate(s.publishedOn) && s.publishedOn <= LATEST, s.url).toBe(true);
    }
  });

  it('passes the record lint with no errors and no warnings', () => {
    const findings = lintRecord(seedForLint(agreements, pyongyang2018Developments, SEED_REVIEWED_ON), LATEST);
    expect(findings).toEqual([]);
  });

  it('dates the joint military committee’s end to the North’s repudiation, not to Seoul’s offer of talks', () => {
    const history = historyOf('joint-military-committee');
    const firstAbandoned = history.find((u) => u.status === 'abandoned');
    expect(firstAbandoned?.effectiveOn).toBe('2023-11-23');
    expect(statusAsOf(history, '2023-11-22')).not.toBe('abandoned');
    // Seoul's offer of talks on 2025-11-17 is recorded as an event; it changes nothing.
    expect(statusAsOf(history, '2025-11-16')).toBe('abandoned');
  });

  it('meets the rail and road deadline at the groundbreaking, then stalls and reverses', () => {
    const rail = commitments.find((c) => c.slug === 'rail-road-links')!;
    const history = historyOf('rail-road-links');
    const metOn = deadlineMetOn(null, history);
    expect(metOn).toBe('2018-12-26');
    expect(deadlineState({ deadline: rail.deadline ?? null, deadlineMetOn: metOn }, '2019-06-30')).toBe(
      'met',
    );
    expect(statusAsOf(history, '2018-12-26')).toBe('partial');
    expect(statusAsOf(history, '2019-12-31')).toBe('stalled');
    expect(statusAsOf(history, LATEST)).toBe('reversed');
  });

  it('shows no milestone met on time as missed in mid-2019', () => {
    for (const slug of [
      'jsa-demilitarisation',
      'han-river-estuary',
      'mdl-drill-ban-buffer-zones',
      'no-fly-zones',
      'gp-withdrawal',
    ]) {
      const c = commitments.find((x) => x.slug === slug)!;
      const state = deadlineState(
        { deadline: c.deadline ?? null, deadlineMetOn: deadlineMetOn(null, historyOf(slug)) },
        '2019-06-30',
      );
      expect(state, slug).toBe('met');
    }
  });

  it('never reverses what was never done, and records the disputed guard-post verification as disputed', () => {
    expect(historyOf('dongchang-ri-dismantlement').map((u) => u.status)).not.toContain('reversed');
    const verification = historyOf('gp-withdrawal').filter((u) => u.standing === 'disputed');
    expect(verification.length).toBeGreaterThan(0);
    expect(verification.some((u) => u.sources.some((s) => s.contests))).toBe(true);
  });

  it('records the South’s actions as well as the North’s', () => {
    const southern = plan.filter(
      (p) => p.update.actors?.includes('ROK') && !p.update.actors.includes('DPRK'),
    );
    expect(southern.length).toBeGreaterThan(5);
  });
});
