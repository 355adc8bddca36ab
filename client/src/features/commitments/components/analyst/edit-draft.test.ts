import { describe, expect, it } from 'vitest';
import type { CommitmentDetail } from '../../../../../../shared/contracts/public.ts';
import { makeDetail } from '../../../../test-support/fixtures.ts';
import { changedFields, draftFrom, rebaseDraft, toFieldsInput } from './edit-draft.ts';

const commitment = (extra: Partial<CommitmentDetail> = {}): CommitmentDetail =>
  makeDetail({
    slug: 'c',
    title: 'Open the office',
    text: 'The sides will open an office.',
    category: 'political',
    position: 0,
    version: 3,
    ...extra,
  });

describe('the edit form draft', () => {
  it('turns blank optional fields into null and the parties into a list', () => {
    const draft = { ...draftFrom(commitment()), parties: ' ROK ,DPRK, ', deadlineNote: '  ' };
    expect(toFieldsInput(draft)).toMatchObject({
      parties: ['ROK', 'DPRK'],
      deadlineNote: null,
      titleKo: null,
    });
  });

  it('sends only what changed from the version the analyst started from', () => {
    const base = commitment();
    const fields = { ...toFieldsInput({ ...draftFrom(base), title: 'Open the liaison office' }) };
    expect(changedFields(fields as never, base)).toEqual({ title: 'Open the liaison office' });
  });

  it('on a newer version, takes the new values of untouched fields and keeps what the analyst typed', () => {
    const base = commitment();
    const latest = commitment({ version: 5, title: 'Open the liaison office', deadline: '2018-12-31' });
    const draft = { ...draftFrom(base), text: 'The sides will open a joint liaison office in Kaesong.' };
    expect(rebaseDraft(draft, base, latest)).toEqual({
      ...draftFrom(latest),
      text: 'The sides will open a joint liaison office in Kaesong.',
    });
  });
});
