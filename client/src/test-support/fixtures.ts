import type {
  Agreement,
  CommitmentDetail,
  CommitmentSummary,
  StatusUpdate,
} from '../../../shared/contracts/public.ts';

/** API objects for client unit tests: every field filled with a plain default, overridable. */
export const makeAgreement = (extra: Partial<Agreement> = {}): Agreement => ({
  slug: 'a',
  title: 'A',
  titleKo: null,
  signedOn: '2018-09-19',
  place: 'Pyongyang',
  placeKo: null,
  parties: [],
  summary: '',
  summaryKo: null,
  sourceUrl: null,
  relations: [],
  ...extra,
});

export const makeSummary = (extra: Partial<CommitmentSummary> = {}): CommitmentSummary => ({
  slug: 'x',
  agreementSlug: 'a',
  articleRef: 'Art. 1',
  title: 'Title',
  titleKo: null,
  text: 'Text',
  textKo: null,
  category: 'military',
  parties: ['ROK', 'DPRK'],
  deadline: null,
  deadlineNote: null,
  deadlineNoteKo: null,
  deadlineMetOn: null,
  deadlineState: 'none',
  position: 1,
  version: 1,
  status: 'not_started',
  lastUpdateOn: null,
  reviewedThrough: null,
  ...extra,
});

export const makeStatusUpdate = (id: number, extra: Partial<StatusUpdate> = {}): StatusUpdate => ({
  id,
  commitmentSlug: 'c',
  status: 'in_progress',
  effectiveOn: '2019-01-01',
  datePrecision: 'day',
  actors: ['ROK'],
  standing: 'confirmed',
  disputeNote: null,
  disputeNoteKo: null,
  meetsDeadline: false,
  developmentId: null,
  summary: `Update ${id}`,
  summaryKo: null,
  sources: [],
  author: 'Ana Lyst',
  createdAt: '2019-01-02T00:00:00Z',
  retraction: null,
  ...extra,
});

export const makeDetail = (extra: Partial<CommitmentDetail> = {}): CommitmentDetail => ({
  ...makeSummary(),
  agreement: makeAgreement(),
  updates: [],
  reviews: [],
  developments: [],
  relatedCommitments: [],
  partyRegistry: [],
  ...extra,
});
