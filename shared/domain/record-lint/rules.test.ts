import { describe, expect, it } from 'vitest';
import { lintRecord } from './lint-record.ts';
import type { LintCommitment, LintUpdate } from './types.ts';

const update = (
  status: LintUpdate['status'],
  effectiveOn: string,
  extra: Partial<LintUpdate & { meetsDeadline: boolean }> = {},
) => ({
  status,
  effectiveOn,
  summaryKo: '요약',
  actors: ['ROK'],
  retracted: false,
  sources: [{ url: 'https://example.org', title: 'Report', publisher: 'Wire' }],
  ...extra,
});

const commitment = (extra: Partial<LintCommitment>): LintCommitment => ({
  slug: 'c',
  deadline: null,
  deadlineMetOn: null,
  updates: [],
  reviews: [],
  ...extra,
});

const rulesOf = (record: LintCommitment, today = '2026-02-19') =>
  lintRecord([record], today).map((finding) => `${finding.severity}:${finding.rule}`);

describe('the record lint', () => {
  it('finds nothing in a clean history', () => {
    const clean = commitment({
      updates: [update('in_progress', '2018-10-01'), update('implemented', '2019-06-01')],
    });
    expect(rulesOf(clean)).toEqual([]);
  });

  it('refuses "reversed" with nothing done before it, retracted progress not counting', () => {
    expect(rulesOf(commitment({ updates: [update('reversed', '2020-01-01')] }))).toEqual([
      'error:reversed-without-progress',
    ]);
    const retractedProgress = commitment({
      updates: [update('partial', '2019-01-01', { retracted: true }), update('reversed', '2020-01-01')],
    });
    expect(rulesOf(retractedProgress)).toEqual(['error:reversed-without-progress']);
    const undone = commitment({
      updates: [update('partial', '2019-01-01'), update('reversed', '2020-01-01')],
    });
    expect(rulesOf(undone)).toEqual([]);
  });

  it('flags "in progress" standing over two years with no update or review, up to today', () => {
    const stale = commitment({
      updates: [update('in_progress', '2018-10-01'), update('stalled', '2021-01-01')],
    });
    expect(rulesOf(stale)).toEqual(['error:stale-in-progress']);
    const open = commitment({ updates: [update('in_progress', '2023-01-01')] });
    expect(rulesOf(open, '2025-01-01')).toEqual([]);
    expect(rulesOf(open, '2025-01-02')).toEqual(['error:stale-in-progress']);
    const reviewed = commitment({
      updates: [update('in_progress', '2018-10-01'), update('stalled', '2021-01-01')],
      reviews: [{ reviewedOn: '2019-12-01' }],
    });
    expect(rulesOf(reviewed)).toEqual([]);
  });

  it('wants a met date or a later update once a deadline has passed', () => {
    const due = { deadline: '2018-12-31' };
    expect(
      rulesOf(commitment({ ...due, updates: [update('in_progress', '2018-10-01')] }), '2019-06-01'),
    ).toEqual(['error:deadline-passed-unrecorded']);
    expect(
      rulesOf(
        commitment({ ...due, updates: [update('in_progress', '2018-10-01', { meetsDeadline: true })] }),
        '2019-06-01',
      ),
    ).toEqual([]);
    expect(rulesOf(commitment({ ...due, deadlineMetOn: '2018-12-26' }))).toEqual([]);
    expect(
      rulesOf(
        commitment({
          ...due,
          updates: [update('in_progress', '2018-10-01'), update('stalled', '2019-01-01')],
        }),
        '2019-06-01',
      ),
    ).toEqual([]);
    expect(rulesOf(commitment({ deadline: '2026-12-31' }))).toEqual([]); // not passed yet
  });

  it('warns about missing Korean, unattributed updates and sources without title or publisher', () => {
    const gaps = commitment({
      updates: [
        update('in_progress', '2025-01-01', {
          summaryKo: null,
          actors: [],
          sources: [{ url: 'https://example.org/x', title: 'Report', publisher: null }],
        }),
      ],
    });
    expect(rulesOf(gaps)).toEqual([
      'warning:missing-korean-summary',
      'warning:update-without-actors',
      'warning:source-without-title-or-publisher',
    ]);
    const retracted = commitment({
      updates: [update('in_progress', '2025-01-01', { summaryKo: null, retracted: true })],
    });
    expect(rulesOf(retracted)).toEqual([]);
  });
});
