import { describe, expect, it } from 'vitest';
import type { CommitmentDetail } from '../../../../../../shared/contracts/public.ts';
import { makeDetail, makeStatusUpdate } from '../../../../test-support/fixtures.ts';
import { describeChanges } from './changes.ts';

const update = makeStatusUpdate;

const commitment = (extra: Partial<CommitmentDetail> = {}): CommitmentDetail =>
  makeDetail({
    slug: 'c',
    title: 'Open the office',
    text: 'The sides will open an office.',
    category: 'political',
    position: 0,
    version: 3,
    status: 'in_progress',
    lastUpdateOn: '2019-01-01',
    updates: [update(1)],
    ...extra,
  });

describe('describeChanges', () => {
  it('finds nothing between equal versions', () => {
    expect(describeChanges(commitment(), commitment())).toEqual([]);
  });

  it('lists new updates (newest first), retractions and edited fields', () => {
    const base = commitment();
    const latest = commitment({
      version: 6,
      title: 'Open the liaison office',
      parties: ['ROK'],
      deadline: '2019-12-31',
      updates: [
        update(3, { status: 'stalled' }),
        update(2),
        update(1, { retraction: { reason: 'Wrong date', by: 'Bora Kim', at: '2019-02-01T00:00:00Z' } }),
      ],
    });
    expect(describeChanges(base, latest)).toEqual([
      { kind: 'update-added', update: latest.updates[0] },
      { kind: 'update-added', update: latest.updates[1] },
      { kind: 'update-retracted', update: latest.updates[2] },
      { kind: 'field', field: 'title', before: 'Open the office', after: 'Open the liaison office' },
      { kind: 'field', field: 'parties', before: 'ROK, DPRK', after: 'ROK' },
      { kind: 'field', field: 'deadline', before: null, after: '2019-12-31' },
    ]);
  });
});
