import type { DatePrecision, Standing } from '../../../shared/domain/evidence.ts';
import type { CategoryKey, SourceKind, StatusKey } from '../../../shared/domain/status.ts';

/** Seed data is plain values in the contract's vocabulary; apply-seed.ts turns it into rows. */
export interface SeedSource {
  url: string;
  title: string;
  publisher?: string;
  publishedOn?: string;
  kind: SourceKind;
  /** The source contests the update's claim. */
  contests?: boolean;
}

/** When, who, how settled and on what evidence: shared by updates and developments. */
export interface SeedEvent {
  /** The first day of the period when datePrecision is month or year. */
  effectiveOn: string;
  datePrecision?: DatePrecision;
  /** Party codes of who acted or claimed; empty only for entries not yet attributed. */
  actors?: string[];
  standing?: Standing;
  disputeNote?: string;
  disputeNoteKo?: string;
  summary: string;
  summaryKo?: string;
  sources: [SeedSource, ...SeedSource[]];
}

export interface SeedUpdate extends SeedEvent {
  status: StatusKey;
  meetsDeadline?: boolean;
}

export interface SeedCommitment {
  slug: string;
  articleRef: string;
  title: string;
  titleKo?: string;
  text: string;
  textKo?: string;
  category: CategoryKey;
  parties: string[];
  deadline?: string;
  deadlineNote?: string;
  deadlineNoteKo?: string;
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
  placeKo?: string;
  parties: string[];
  summary: string;
  summaryKo?: string;
  sourceUrl?: string;
  commitments: SeedCommitment[];
}

/** A development's effect: the status it moved one commitment to. */
export interface SeedEffect {
  commitment: string;
  status: StatusKey;
  meetsDeadline?: boolean;
}

/** One event that moved several commitments at once (see docs/decisions on developments). */
export interface SeedDevelopment extends SeedEvent {
  effects: [SeedEffect, ...SeedEffect[]];
}
