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
import { seedForLint } from './lint-seed.ts';
import { planSeedUpdates } from './seed-events.ts';
import { SEED_REVIEWED_ON, TRACKED_AGREEMENTS, TRACKED_DEVELOPMENTS } from './tracked-record.ts';

const plan = planSeedUpdates(TRACKED_AGREEMENTS, TRACKED_DEVELOPMENTS);
const added = TRACKED_AGREEMENTS.filter((a) =>
  ['panmunjom-declaration-2018', 'singapore-joint-statement-2018'].includes(a.slug),
);
const addedSlugs = new Set(added.flatMap((a) => a.commitments.map((c) => c.slug)));
const addedPlan = plan.filter((p) => addedSlugs.has(p.commitment));
const historyOf = (slug: string) =>
  plan
    .filter((p) => p.commitment === slug)
    .map((p, index) => ({ ...p.update, createdAt: index, meetsDeadline: p.update.meetsDeadline ?? false }));

describe('the tracked record with the Panmunjom and Singapore texts', () => {
  let database: Database;
  let partyCodes: Set<string>;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    partyCodes = new Set((await database.db.select().from(parties)).map((row) => row.code));
  });
  afterAll(() => database?.close());

  it('holds four agreements, 49 commitments, unique slugs, the Pyongyang pair first', () => {
    expect(TRACKED_AGREEMENTS.map((a) => [a.slug, a.commitments.length])).toEqual([
      ['pyongyang-joint-declaration-2018', 18],
      ['comprehensive-military-agreement-2018', 12],
      ['panmunjom-declaration-2018', 15],
      ['singapore-joint-statement-2018', 4],
    ]);
    const slugs = TRACKED_AGREEMENTS.flatMap((a) => a.commitments.map((c) => c.slug));
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('gives the added agreements and commitments Korean, known categories, registered parties', () => {
    for (const a of added) {
      expect(a.titleKo && a.summaryKo && a.placeKo && a.sourceUrl, a.slug).toBeTruthy();
      for (const c of a.commitments) {
        expect(c.titleKo?.trim(), c.slug).toBeTruthy();
        expect(c.articleRef, c.slug).toMatch(/^(Art\. \d|Point \d)/);
        expect(CATEGORY_KEYS).toContain(c.category);
        for (const party of c.parties) expect(partyCodes.has(party), `${c.slug}: ${party}`).toBe(true);
        if (c.deadline) expect(c.deadlineNoteKo, c.slug).toBeTruthy();
      }
    }
  });

  it('dates, attributes and sources every added entry, in Korean too, citing titled originals', () => {
    const events = [...addedPlan.map((p) => p.update)];
    expect(events.length).toBeGreaterThan(40);
    for (const e of events) {
      const where = `${e.effectiveOn}: ${e.summary.slice(0, 50)}`;
      expect(isIsoDate(e.effectiveOn) && e.effectiveOn <= SEED_REVIEWED_ON, where).toBe(true);
      expect(e.effectiveOn, where).toBe(periodStart(e.effectiveOn, e.datePrecision ?? 'day'));
      expect(STATUS_KEYS).toContain(e.status);
      expect(e.actors?.length, where).toBeGreaterThan(0);
      for (const actor of e.actors ?? []) expect(partyCodes.has(actor), `${where}: ${actor}`).toBe(true);
      expect(e.summaryKo?.trim(), where).toBeTruthy();
      if (e.standing === 'disputed') expect(e.disputeNote && e.disputeNoteKo, where).toBeTruthy();
      for (const s of e.sources) {
        expect(s.title.trim() && s.publisher?.trim(), s.url).toBeTruthy();
        expect(SOURCE_KINDS).toContain(s.kind);
        expect(s.url, s.url).not.toMatch(/docslib|devdiscourse|wikipedia|wiki\./);
      }
    }
  });

  it('passes the record lint with no errors and no warnings', () => {
    expect(
      lintRecord(seedForLint(TRACKED_AGREEMENTS, TRACKED_DEVELOPMENTS, SEED_REVIEWED_ON), SEED_REVIEWED_ON),
    ).toEqual([]);
  });

  it('opens the liaison office in 2018 and records its demolition as one development with Pyongyang', () => {
    const history = historyOf('kaesong-liaison-office');
    expect(statusAsOf(history, '2018-09-14')).toBe('implemented');
    expect(statusAsOf(history, '2020-06-16')).toBe('reversed');
    const demolition = TRACKED_DEVELOPMENTS.filter((d) => d.effectiveOn === '2020-06-16');
    expect(demolition).toHaveLength(1);
    expect(demolition[0]!.effects.map((e) => e.commitment)).toEqual(
      expect.arrayContaining(['kaesong-liaison-office', 'cultural-exchanges']),
    );
  });

  it('meets the 1 May loudspeaker deadline, reverses in 2024 and partly restores in 2025', () => {
    const history = historyOf('loudspeakers-leaflets-halt');
    expect(deadlineMetOn(null, history)).toBe('2018-05-01');
    expect(statusAsOf(history, '2024-06-08')).toBe('partial');
    expect(statusAsOf(history, '2024-06-09')).toBe('reversed');
    expect(statusAsOf(history, SEED_REVIEWED_ON)).toBe('partial');
  });

  it('misses the end-of-war deadline and meets the May military talks late', () => {
    const endOfWar = TRACKED_AGREEMENTS.flatMap((a) => a.commitments).find(
      (c) => c.slug === 'end-of-war-declaration-2018',
    )!;
    const state = deadlineState(
      { deadline: endOfWar.deadline ?? null, deadlineMetOn: deadlineMetOn(null, historyOf(endOfWar.slug)) },
      '2019-06-30',
    );
    expect(state).toBe('missed');
    expect(deadlineMetOn(null, historyOf('military-talks-guarantees'))).toBe('2018-06-14');
  });

  it('records the Stockholm talks as disputed, with the US side contesting the breakdown', () => {
    const stockholm = TRACKED_DEVELOPMENTS.find((d) => d.effectiveOn === '2019-10-05')!;
    expect(stockholm.standing).toBe('disputed');
    expect(stockholm.sources.some((s) => s.contests)).toBe(true);
    expect(stockholm.effects.map((e) => e.commitment).sort()).toEqual(
      [
        'dprk-complete-denuclearisation',
        'peninsula-peace-regime',
        'pow-mia-remains',
        'us-dprk-new-relations',
      ].sort(),
    );
  });
});
