import { describe, expect, it } from 'vitest';
import type { CommitmentSummary } from '../../../../../shared/contracts/public.ts';
import { makeDetail, makeStatusUpdate, makeSummary } from '../../../test-support/fixtures.ts';
import {
  byOldestReview,
  commitmentsMissingKorean,
  deadlinesWithin,
  updatesMissingKorean,
} from './record-model.ts';

const summary = (slug: string, fields: Partial<CommitmentSummary> = {}) => makeSummary({ slug, ...fields });

describe('the analyst workspace', () => {
  it('lists never-checked commitments first, then the oldest checked', () => {
    const list = [
      summary('a', { reviewedThrough: '2020-01-01' }),
      summary('b', { reviewedThrough: null }),
      summary('c', { reviewedThrough: '2019-05-01' }),
    ];
    expect(byOldestReview(list).map((c) => c.slug)).toEqual(['b', 'c', 'a']);
  });

  it('finds unmet deadlines from today through 90 days ahead, soonest first', () => {
    const list = [
      summary('past', { deadline: '2026-11-30' }),
      summary('soon', { deadline: '2027-01-10' }),
      summary('today', { deadline: '2026-12-02' }),
      summary('met', { deadline: '2026-12-20', deadlineMetOn: '2026-12-01' }),
      summary('far', { deadline: '2027-03-03' }),
      summary('edge', { deadline: '2027-03-02' }),
    ];
    expect(deadlinesWithin(list, '2026-12-02').map((c) => c.slug)).toEqual(['today', 'soon', 'edge']);
  });

  it('counts commitments without Korean title or text, and standing updates without a Korean summary', () => {
    expect(
      commitmentsMissingKorean([
        summary('both', { titleKo: '제목', textKo: '본문' }),
        summary('no-text', { titleKo: '제목', textKo: null }),
        summary('blank-title', { titleKo: ' ', textKo: '본문' }),
      ]).map((c) => c.slug),
    ).toEqual(['no-text', 'blank-title']);
  });

  it('leaves retracted updates out of the missing-Korean count', () => {
    const retraction = { reason: 'wrong', by: 'Ana', at: '2020-01-01T00:00:00Z' };
    const detail = makeDetail({
      updates: [
        makeStatusUpdate(1),
        makeStatusUpdate(2, { summaryKo: '요약' }),
        makeStatusUpdate(3, { retraction }),
      ],
    });
    expect(updatesMissingKorean([detail]).map((f) => f.update.id)).toEqual([1]);
  });
});
