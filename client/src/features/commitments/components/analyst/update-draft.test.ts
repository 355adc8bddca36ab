import { describe, expect, it } from 'vitest';
import { newUpdateSchema } from '../../../../../../shared/contracts/writes.ts';
import { validate } from '../../../../lib/form-errors.ts';
import {
  draftFromUpdate,
  effectiveOnOf,
  emptyDraft,
  emptySource,
  isDirty,
  toUpdateInput,
  type UpdateDraft,
} from './update-draft.ts';

const filled = (fields: Partial<UpdateDraft> = {}): UpdateDraft => ({
  ...emptyDraft(),
  status: 'stalled',
  day: '2019-03-04',
  actors: ['DPRK'],
  summary: ' Talks stopped. ',
  summaryKo: ' ',
  sources: [{ ...emptySource(4), url: 'https://example.org/a', title: 'A', kind: 'news' }],
  ...fields,
});

describe('the add-update draft', () => {
  it('is clean until something is typed, chosen or added', () => {
    expect(isDirty(emptyDraft())).toBe(false);
    expect(isDirty({ ...emptyDraft(), summary: 'x' })).toBe(true);
    expect(isDirty({ ...emptyDraft(), actors: ['ROK'] })).toBe(true);
    expect(isDirty({ ...emptyDraft(), standing: 'claimed' })).toBe(true);
    expect(isDirty({ ...emptyDraft(), sources: [emptySource(0), emptySource(1)] })).toBe(true);
  });

  it('becomes a request the shared schema accepts, with blank optional fields left out', () => {
    expect(newUpdateSchema.parse(toUpdateInput(filled(), 7))).toEqual({
      status: 'stalled',
      effectiveOn: '2019-03-04',
      datePrecision: 'day',
      actors: ['DPRK'],
      standing: 'confirmed',
      summary: 'Talks stopped.',
      sources: [{ url: 'https://example.org/a', title: 'A', kind: 'news', contests: false }],
      meetsDeadline: false,
      baseVersion: 7,
    });
  });

  it('dates a month or a year from its first day, and keeps the day typed for each precision', () => {
    expect(effectiveOnOf(filled({ datePrecision: 'month', month: '2019-03' }))).toBe('2019-03-01');
    expect(effectiveOnOf(filled({ datePrecision: 'year', year: '2019' }))).toBe('2019-01-01');
    expect(effectiveOnOf(filled({ datePrecision: 'year', year: '19' }))).toBe('19');
    expect(effectiveOnOf(filled({ datePrecision: 'day' }))).toBe('2019-03-04');
  });

  it('asks for actors and each source’s kind', () => {
    const result = validate(
      newUpdateSchema,
      toUpdateInput(filled({ actors: [], sources: [emptySource(0)] }), 1),
    );
    expect(Object.keys(result.errors)).toEqual(expect.arrayContaining(['actors', 'sources.0.kind']));
  });

  it('sends dispute notes and contesting sources only on a disputed update', () => {
    const source = {
      ...emptySource(0),
      url: 'https://example.org/b',
      title: 'B',
      kind: 'official' as const,
      contests: true,
    };
    const confirmed = toUpdateInput(filled({ disputeNote: 'kept from before', sources: [source] }), 1);
    expect(confirmed.disputeNote).toBeUndefined();
    expect(confirmed.sources[0]!.contests).toBe(false);
    const disputed = toUpdateInput(
      filled({ standing: 'disputed', disputeNote: 'DPRK denies it', sources: [source] }),
      1,
    );
    expect(disputed.disputeNote).toBe('DPRK denies it');
    expect(disputed.sources[0]!.contests).toBe(true);
  });

  it('sends meetsDeadline only where the commitment has a deadline', () => {
    expect(toUpdateInput(filled({ meetsDeadline: true }), 1, false).meetsDeadline).toBe(false);
    expect(toUpdateInput(filled({ meetsDeadline: true }), 1, true).meetsDeadline).toBe(true);
  });

  it('starts a correction from what the retracted update said', () => {
    const draft = draftFromUpdate({
      id: 3,
      commitmentSlug: 'x',
      status: 'partial',
      effectiveOn: '2019-05-01',
      datePrecision: 'month',
      actors: ['ROK', 'DPRK'],
      standing: 'claimed',
      disputeNote: null,
      disputeNoteKo: null,
      meetsDeadline: false,
      developmentId: null,
      summary: 'Half done.',
      summaryKo: '절반',
      sources: [
        {
          url: 'https://example.org/c',
          title: 'C',
          publisher: null,
          publishedOn: null,
          kind: 'analysis',
          contests: false,
        },
      ],
      author: 'Ana',
      createdAt: '2019-05-02T00:00:00Z',
      retraction: null,
    });
    expect(draft).toMatchObject({
      status: 'partial',
      datePrecision: 'month',
      month: '2019-05',
      actors: ['ROK', 'DPRK'],
    });
    expect(newUpdateSchema.parse(toUpdateInput(draft, 2)).effectiveOn).toBe('2019-05-01');
  });
});
