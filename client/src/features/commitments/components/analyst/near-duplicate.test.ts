import { describe, expect, it } from 'vitest';
import type { StatusUpdate } from '../../../../../../shared/contracts/public.ts';
import { makeStatusUpdate } from '../../../../test-support/fixtures.ts';
import { findNearDuplicates, sameUrl } from './near-duplicate.ts';

const update = (fields: Partial<StatusUpdate>): StatusUpdate =>
  makeStatusUpdate(1, {
    status: 'implemented',
    effectiveOn: '2018-11-30',
    sources: [
      {
        url: 'https://example.org/gp',
        title: 'GP',
        publisher: null,
        publishedOn: null,
        kind: 'news',
        contests: false,
      },
    ],
    ...fields,
  });

describe('near-duplicate updates', () => {
  it('finds a standing update with the same date and status', () => {
    const found = findNearDuplicates(
      { status: 'implemented', effectiveOn: '2018-11-30', sources: [{ url: 'https://other.org' }] },
      [update({})],
    );
    expect(found.map((d) => d.kind)).toEqual(['sameEvent']);
  });

  it('finds a source already cited on the commitment, whatever the trailing slash or fragment', () => {
    const found = findNearDuplicates(
      { status: 'stalled', effectiveOn: '2019-01-01', sources: [{ url: 'https://EXAMPLE.org/gp/#top' }] },
      [update({})],
    );
    expect(found).toEqual([{ kind: 'citedSource', url: 'https://EXAMPLE.org/gp/#top', update: update({}) }]);
  });

  it('ignores retracted updates and different events', () => {
    const retracted = update({ retraction: { reason: 'wrong date', by: 'Ana', at: '2019-01-01T00:00:00Z' } });
    expect(
      findNearDuplicates(
        { status: 'implemented', effectiveOn: '2018-11-30', sources: [{ url: 'https://example.org/gp' }] },
        [retracted],
      ),
    ).toEqual([]);
    expect(
      findNearDuplicates(
        { status: 'stalled', effectiveOn: '2018-11-30', sources: [{ url: 'https://example.org/x' }] },
        [update({})],
      ),
    ).toEqual([]);
  });

  it('compares addresses, not spellings of them', () => {
    expect(sameUrl('https://a.org/x/', 'https://A.org/x')).toBe(true);
    expect(sameUrl('https://a.org/x', 'https://a.org/y')).toBe(false);
  });
});
