import { describe, expect, it } from 'vitest';
import { newUpdateSchema } from '../../../../../../shared/contracts/writes.ts';
import { emptyDraft, emptySource, isDirty, toUpdateInput } from './update-draft.ts';

describe('the add-update draft', () => {
  it('is clean until something is typed or a source is added', () => {
    expect(isDirty(emptyDraft())).toBe(false);
    expect(isDirty({ ...emptyDraft(), summary: 'x' })).toBe(true);
    expect(isDirty({ ...emptyDraft(), sources: [emptySource(0), emptySource(1)] })).toBe(true);
  });

  it('becomes a request the shared schema accepts, with blank optional fields left out', () => {
    const input = toUpdateInput(
      {
        status: 'stalled',
        effectiveOn: '2019-03-01',
        summary: ' Talks stopped. ',
        summaryKo: ' ',
        sources: [{ key: 4, url: 'https://example.org/a', title: 'A', publisher: '', publishedOn: '' }],
      },
      7,
    );
    expect(newUpdateSchema.parse(input)).toEqual({
      status: 'stalled',
      effectiveOn: '2019-03-01',
      summary: 'Talks stopped.',
      sources: [{ url: 'https://example.org/a', title: 'A' }],
      baseVersion: 7,
    });
  });
});
