import type { IsoDate } from '../dates.ts';
import type { StatusKey } from '../status.ts';

/** What the lint needs of one update: rows, API objects and seed entries all fit. */
export interface LintUpdate {
  id?: number | undefined;
  status: StatusKey;
  effectiveOn: IsoDate;
  summaryKo?: string | null | undefined;
  actors?: readonly string[] | undefined;
  retracted: boolean;
  sources: readonly { url: string; title?: string | null; publisher?: string | null | undefined }[];
}

/** What the lint needs of one commitment and its history. */
export interface LintCommitment {
  slug: string;
  deadline: IsoDate | null;
  /** The analyst-recorded met date (updates marked meetsDeadline count as well). */
  deadlineMetOn: IsoDate | null;
  updates: readonly (LintUpdate & { meetsDeadline?: boolean | undefined })[];
  reviews: readonly { reviewedOn: IsoDate }[];
}

export const LINT_RULES = [
  'reversed-without-progress',
  'stale-in-progress',
  'deadline-passed-unrecorded',
  'missing-korean-summary',
  'source-without-title-or-publisher',
  'update-without-actors',
] as const;
export type LintRule = (typeof LINT_RULES)[number];

export type Severity = 'error' | 'warning';

/** One finding: which rule, how grave, where, and a sentence an analyst can act on. */
export interface LintFinding {
  rule: LintRule;
  severity: Severity;
  commitmentSlug: string;
  updateId?: number | undefined;
  /** The day the finding is about (the update's or the span's start), for sorting and display. */
  on?: IsoDate | undefined;
  message: string;
}
