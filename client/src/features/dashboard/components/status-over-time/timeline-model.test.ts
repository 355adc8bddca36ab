import { describe, expect, it } from 'vitest';
import type { Agreement, CommitmentSummary, Timeline } from '../../../../../../shared/contracts/public.ts';
import { makeAgreement, makeSummary } from '../../../../test-support/fixtures.ts';
import {
  buildTimelineModel,
  dayNumber,
  isoFromDay,
  stepOn,
  tableDays,
  yearStarts,
} from './timeline-model.ts';

const agreement = (slug: string, signedOn: string): Agreement =>
  makeAgreement({ slug, title: slug, signedOn });
const commitment = (slug: string, agreementSlug: string, position: number): CommitmentSummary =>
  makeSummary({ slug, agreementSlug, title: slug, text: '', parties: [], position });

describe('buildTimelineModel', () => {
  const agreements = [agreement('pjd', '2018-09-19'), agreement('later', '2020-01-01')];
  const commitments = [commitment('b', 'pjd', 2), commitment('a', 'pjd', 1), commitment('c', 'later', 1)];
  const update = (id: number) => ({ id, summary: `Update ${id}`, summaryKo: null });
  const timeline: Timeline = {
    commitments: [
      {
        slug: 'a',
        changes: [
          ['2018-10-26', 'in_progress'],
          ['2019-06-01', 'implemented'],
        ],
        updates: [update(1), update(2)],
      },
      { slug: 'b', changes: [['2018-08-01', 'stalled']], updates: [update(3)] }, // before the signing
      { slug: 'c', changes: [['2021-01-01', 'reversed']], updates: [update(4)] },
    ],
  };
  const model = buildTimelineModel(commitments, agreements, timeline, '2022-01-01')!;

  it('groups rows by agreement, in clause order, each starting at its signing', () => {
    expect(model.start).toBe('2018-09-19');
    expect(model.groups.map((g) => [g.agreement.slug, g.rows.map((r) => r.commitment.slug)])).toEqual([
      ['pjd', ['a', 'b']],
      ['later', ['c']],
    ]);
    expect(model.rows[2]!.periods[0]).toMatchObject({ status: 'not_started', from: '2020-01-01' });
    // A change before the signing colours the row from its start.
    expect(model.rows[1]!.periods).toEqual([
      { status: 'stalled', from: '2018-09-19', to: '2022-01-01', current: true, update: update(3) },
    ]);
  });

  it('gives each period the update that started it, and none before the first change', () => {
    expect(model.rows[0]!.periods.map((p) => [p.status, p.update?.id ?? null])).toEqual([
      ['not_started', null],
      ['in_progress', 1],
      ['implemented', 2],
    ]);
    expect(model.rows[2]!.periods.map((p) => p.update?.id ?? null)).toEqual([null, 4]);
  });

  it('counts only the commitments of agreements signed by each day', () => {
    expect(stepOn(model.steps, '2019-01-01')).toMatchObject({
      total: 2,
      counts: { in_progress: 1, stalled: 1, not_started: 0 },
    });
    expect(stepOn(model.steps, '2021-06-01')).toMatchObject({
      total: 3,
      counts: { implemented: 1, stalled: 1, reversed: 1 },
    });
    expect(model.steps.at(-1)!.to).toBe('2022-01-01');
  });

  it('has nothing to draw before the first signing', () => {
    expect(buildTimelineModel(commitments, agreements, timeline, '2018-09-19')).toBeNull();
  });
});

describe('dates', () => {
  it('converts days both ways', () => {
    expect(isoFromDay(dayNumber('2018-09-19'))).toBe('2018-09-19');
    expect(dayNumber('2018-09-20') - dayNumber('2018-09-19')).toBe(1);
  });

  it('lists new years and the days the totals table reports', () => {
    expect(yearStarts('2018-09-19', '2021-01-01')).toEqual(['2019-01-01', '2020-01-01', '2021-01-01']);
    expect(tableDays('2018-09-19', '2020-03-01', '2019-06-01')).toEqual([
      '2018-09-19',
      '2018-12-31',
      '2019-06-01',
      '2019-12-31',
      '2020-03-01',
    ]);
  });
});
