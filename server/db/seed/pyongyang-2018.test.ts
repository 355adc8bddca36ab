import { describe, expect, it } from 'vitest';
import { statusAsOf } from '../../../shared/domain/current-status.ts';
import type { DatedStatus } from '../../../shared/domain/current-status.ts';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import { CATEGORY_KEYS, SOURCE_KINDS, STATUS_KEYS } from '../../../shared/domain/status.ts';
import { pyongyang2018Seed } from './pyongyang-2018.ts';
import type { SeedCommitment, SeedUpdate } from './seed-types.ts';

/** The 23 permalink slugs of the facts file, in its order. */
const FACT_SLUGS = [
  'cma-adoption',
  'joint-military-committee',
  'mdl-drill-ban-buffer-zones',
  'no-fly-zones',
  'gp-withdrawal',
  'jsa-demilitarisation',
  'arrowhead-remains-recovery',
  'west-sea-peace-zone',
  'han-river-estuary',
  'rail-road-links',
  'kaesong-kumgang-normalisation',
  'west-east-special-zones',
  'environment-forestry',
  'health-epidemics',
  'kumgang-family-facility',
  'video-reunions',
  'art-troupe-seoul',
  'olympics-2020-joint-teams',
  'olympics-2032-joint-bid',
  'joint-anniversaries',
  'dongchang-ri-dismantlement',
  'yongbyon-dismantlement',
  'kim-seoul-visit',
];

const EARLIEST = '2018-08-01';
const LATEST = '2026-02-19';

const agreements = pyongyang2018Seed;
const commitments: SeedCommitment[] = agreements.flatMap((a) => a.commitments);
const updates: SeedUpdate[] = commitments.flatMap((c) => c.updates);

/** Seed updates have no createdAt; give them one in array order, as apply-seed does. */
function withCreatedAt(list: readonly SeedUpdate[]): DatedStatus[] {
  const base = Date.UTC(2026, 1, 20);
  return list.map((u, i) => ({
    status: u.status,
    effectiveOn: u.effectiveOn,
    createdAt: new Date(base + i * 1000),
  }));
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

describe('Pyongyang 2018 seed', () => {
  it('has the two agreements', () => {
    expect(agreements).toHaveLength(2);
    expect(agreements.map((a) => a.slug)).toEqual([
      'pyongyang-joint-declaration-2018',
      'comprehensive-military-agreement-2018',
    ]);
    for (const a of agreements) {
      expect(a.signedOn).toBe('2018-09-19');
      expect(a.place).toBe('Pyongyang');
      expect(a.parties).toEqual(['ROK', 'DPRK']);
      expect(a.summary.length).toBeGreaterThan(0);
      expect(a.sourceUrl && isHttpUrl(a.sourceUrl)).toBe(true);
    }
    expect(agreements[0]?.titleKo).toBe('9월 평양공동선언');
    expect(agreements[1]?.titleKo).toBe('판문점선언 군사분야 이행합의서');
  });

  it('has exactly the 23 commitments of the facts, with unique permalink slugs', () => {
    expect(commitments).toHaveLength(23);
    const slugs = commitments.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect([...slugs].sort()).toEqual([...FACT_SLUGS].sort());
  });

  it('files each commitment under the agreement of its source clause, in the facts order', () => {
    const [pjd, cma] = agreements;
    const pjdSlugs = pjd!.commitments.map((c) => c.slug);
    const cmaSlugs = cma!.commitments.map((c) => c.slug);
    expect(cmaSlugs).toEqual([
      'mdl-drill-ban-buffer-zones',
      'no-fly-zones',
      'gp-withdrawal',
      'jsa-demilitarisation',
      'arrowhead-remains-recovery',
      'west-sea-peace-zone',
      'han-river-estuary',
    ]);
    expect(pjdSlugs).toEqual(FACT_SLUGS.filter((s) => !cmaSlugs.includes(s)));
  });

  it('uses only known categories, statuses and source kinds', () => {
    for (const c of commitments) {
      expect(CATEGORY_KEYS).toContain(c.category);
      expect(STATUS_KEYS).toContain(c.expectedStatus);
      expect(c.parties.length).toBeGreaterThan(0);
      expect(c.text.length).toBeGreaterThan(0);
      expect(c.articleRef.startsWith('Art.')).toBe(true);
    }
    for (const u of updates) {
      expect(STATUS_KEYS).toContain(u.status);
      for (const s of u.sources) if (s.kind !== undefined) expect(SOURCE_KINDS).toContain(s.kind);
    }
  });

  it('writes every date as a real YYYY-MM-DD within the covered period', () => {
    const dates: string[] = [
      ...agreements.map((a) => a.signedOn),
      ...commitments.flatMap((c) => (c.deadline ? [c.deadline] : [])),
      ...updates.map((u) => u.effectiveOn),
      ...updates.flatMap((u) => u.sources.flatMap((s) => (s.publishedOn ? [s.publishedOn] : []))),
    ];
    for (const d of dates) expect(isIsoDate(d), d).toBe(true);
    for (const u of updates) {
      expect(u.effectiveOn >= EARLIEST, u.effectiveOn).toBe(true);
      expect(u.effectiveOn <= LATEST, u.effectiveOn).toBe(true);
    }
    for (const s of updates.flatMap((u) => u.sources)) {
      if (s.publishedOn) expect(s.publishedOn <= LATEST, s.url).toBe(true);
    }
  });

  it('backs every update with at least one http(s) source that has a title', () => {
    for (const u of updates) {
      expect(u.sources.length).toBeGreaterThan(0);
      expect(u.summary.trim().length).toBeGreaterThan(0);
      for (const s of u.sources) {
        expect(isHttpUrl(s.url), s.url).toBe(true);
        expect(s.title.trim().length).toBeGreaterThan(0);
      }
    }
  });

  it('leads each commitment to the status the facts suggest', () => {
    for (const c of commitments) {
      expect(statusAsOf(withCreatedAt(c.updates)), c.slug).toBe(c.expectedStatus);
    }
    const noEvents = commitments.filter((c) => c.updates.length === 0).map((c) => c.slug);
    expect(noEvents.sort()).toEqual(['west-east-special-zones', 'west-sea-peace-zone']);
    for (const slug of ['art-troupe-seoul', 'kim-seoul-visit', 'yongbyon-dismantlement']) {
      const c = commitments.find((x) => x.slug === slug)!;
      expect(
        c.updates.every((u) => u.status === 'not_started'),
        slug,
      ).toBe(true);
    }
  });

  it('lists updates in date order with no two on the same day for one commitment', () => {
    for (const c of commitments) {
      const days = c.updates.map((u) => u.effectiveOn);
      expect(new Set(days).size, c.slug).toBe(days.length);
      expect(days, c.slug).toEqual([...days].sort());
    }
  });

  it('gives a Korean summary for the latest update of every commitment that has updates', () => {
    for (const c of commitments) {
      const latest = c.updates.at(-1);
      if (latest) expect(latest.summaryKo?.trim().length ?? 0, c.slug).toBeGreaterThan(0);
    }
  });

  it('never presents an unconfirmed detail without the caveat', () => {
    // The clause number of the Han River estuary article is not confirmed; its articleRef says so.
    const han = commitments.find((c) => c.slug === 'han-river-estuary')!;
    expect(han.articleRef).toContain('unconfirmed');
    const caveated = updates.filter((u) => u.summary.includes('(unconfirmed)'));
    expect(caveated.length).toBeGreaterThan(0);
  });
});
