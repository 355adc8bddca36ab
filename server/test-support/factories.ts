import type { SeedAgreement, SeedCommitment, SeedUpdate } from '../db/seed/seed-types.ts';

let counter = 0;
const next = () => ++counter;

/** Small builders for test data; each call makes unique slugs, so tests never rely on seeded ids. */
export function makeUpdate(overrides: Partial<SeedUpdate> = {}): SeedUpdate {
  return {
    status: 'in_progress',
    effectiveOn: '2019-01-01',
    summary: `Update ${next()}`,
    sources: [{ url: 'https://example.org/report', title: 'A report', publisher: 'Example', kind: 'news' }],
    ...overrides,
  };
}

export function makeCommitment(overrides: Partial<SeedCommitment> = {}): SeedCommitment {
  const n = next();
  return {
    slug: `commitment-${n}`,
    articleRef: `Art. ${n}`,
    title: `Commitment number ${n}`,
    text: `The parties will do thing ${n}.`,
    category: 'military',
    parties: ['ROK', 'DPRK'],
    updates: [],
    ...overrides,
  };
}

export function makeAgreement(overrides: Partial<SeedAgreement> = {}): SeedAgreement {
  const n = next();
  return {
    slug: `agreement-${n}`,
    title: `Agreement ${n}`,
    signedOn: '2018-09-19',
    place: 'Pyongyang',
    parties: ['ROK', 'DPRK'],
    summary: 'A test agreement.',
    commitments: [makeCommitment()],
    ...overrides,
  };
}
