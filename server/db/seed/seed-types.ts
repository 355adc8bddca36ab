import type { CategoryKey, SourceKind, StatusKey } from '../../../shared/domain/status.ts';

/** Seed data is plain values in the contract's vocabulary; apply-seed.ts turns it into rows. */
export interface SeedSource {
  url: string;
  title: string;
  publisher?: string;
  publishedOn?: string;
  kind?: SourceKind;
}

export interface SeedUpdate {
  status: StatusKey;
  effectiveOn: string;
  summary: string;
  summaryKo?: string;
  sources: [SeedSource, ...SeedSource[]];
}

export interface SeedCommitment {
  slug: string;
  articleRef: string;
  title: string;
  titleKo?: string;
  text: string;
  category: CategoryKey;
  parties: string[];
  deadline?: string;
  deadlineNote?: string;
  updates: SeedUpdate[];
  /** What the facts suggest the current status is; a test checks the updates lead there. */
  expectedStatus: StatusKey;
}

export interface SeedAgreement {
  slug: string;
  title: string;
  titleKo?: string;
  signedOn: string;
  place: string;
  parties: string[];
  summary: string;
  sourceUrl?: string;
  commitments: SeedCommitment[];
}
