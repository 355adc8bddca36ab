import type { IsoDate } from '../dates.ts';
import {
  deadlinePassedUnrecorded,
  reversedWithoutProgress,
  staleInProgress,
  updateWarnings,
} from './rules.ts';
import type { LintCommitment, LintFinding, LintRule, Severity } from './types.ts';

/**
 * Checks a record against the tracker's own definitions (the status scale on /about): errors are
 * statuses the evidence cannot carry; warnings are gaps a reader would notice (Korean, attribution, sources).
 * `today` bounds the open spans.
 */
export function lintRecord(commitments: readonly LintCommitment[], today: IsoDate): LintFinding[] {
  return commitments.flatMap((commitment) => [
    ...reversedWithoutProgress(commitment),
    ...staleInProgress(commitment, today),
    ...deadlinePassedUnrecorded(commitment, today),
    ...commitment.updates.flatMap((update) => updateWarnings(commitment.slug, update)),
  ]);
}

/** Findings counted per rule and per severity, for summaries and the command line. */
export function countFindings(findings: readonly LintFinding[]): {
  bySeverity: Record<Severity, number>;
  byRule: Partial<Record<LintRule, number>>;
} {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0 };
  const byRule: Partial<Record<LintRule, number>> = {};
  for (const finding of findings) {
    bySeverity[finding.severity]++;
    byRule[finding.rule] = (byRule[finding.rule] ?? 0) + 1;
  }
  return { bySeverity, byRule };
}
