import type { IsoDate } from '../dates.ts';
import { deadlineMetOn } from '../deadlines.ts';
import { STATUS_LABELS } from '../status.ts';
import type { StatusKey } from '../status.ts';
import type { LintCommitment, LintFinding, LintUpdate } from './types.ts';

/** Statuses that say something was done: what "Reversed" needs before it, by the tracker's definition. */
const DONE_STATUSES: readonly StatusKey[] = ['in_progress', 'partial', 'implemented'];
/** How long "In progress" may stand with no update or review before it reads as unchecked. */
const STALE_YEARS = 2;

const live = (updates: LintCommitment['updates']) =>
  updates
    .filter((update) => !update.retracted)
    .toSorted((a, b) => a.effectiveOn.localeCompare(b.effectiveOn));

function addYears(date: IsoDate, years: number): IsoDate {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

/** "Reversed" means what was done has been undone: something must have been done first. */
export function reversedWithoutProgress(commitment: LintCommitment): LintFinding[] {
  const findings: LintFinding[] = [];
  let done = false;
  for (const update of live(commitment.updates)) {
    if (update.status === 'reversed' && !done) {
      findings.push({
        rule: 'reversed-without-progress',
        severity: 'error',
        commitmentSlug: commitment.slug,
        updateId: update.id,
        on: update.effectiveOn,
        message: `"Reversed" on ${update.effectiveOn}, but nothing was done before it (use "Abandoned" if it was dropped)`,
      });
    }
    if (DONE_STATUSES.includes(update.status)) done = true;
  }
  return findings;
}

/** "In progress" for more than two years with no update or review in between. */
export function staleInProgress(commitment: LintCommitment, today: IsoDate): LintFinding[] {
  const events = [
    ...live(commitment.updates).map((update) => ({ on: update.effectiveOn, status: update.status })),
    ...commitment.reviews.map((review) => ({ on: review.reviewedOn, status: null })),
  ].toSorted((a, b) => a.on.localeCompare(b.on));
  const findings: LintFinding[] = [];
  let status: StatusKey | null = null;
  for (const [index, event] of events.entries()) {
    if (event.status) status = event.status;
    if (status !== 'in_progress') continue;
    const next = events[index + 1]?.on ?? today;
    if (next > addYears(event.on, STALE_YEARS)) {
      findings.push({
        rule: 'stale-in-progress',
        severity: 'error',
        commitmentSlug: commitment.slug,
        on: event.on,
        message: `"${STATUS_LABELS.in_progress}" from ${event.on} to ${next} with no update or review for over ${STALE_YEARS} years`,
      });
    }
  }
  return findings;
}

/** A deadline that has passed needs a met date, or an update at or after it that says what happened. */
export function deadlinePassedUnrecorded(commitment: LintCommitment, today: IsoDate): LintFinding[] {
  const { deadline } = commitment;
  if (!deadline || deadline >= today) return [];
  if (deadlineMetOn(commitment.deadlineMetOn, commitment.updates.map(asEvidence))) return [];
  if (live(commitment.updates).some((update) => update.effectiveOn >= deadline)) return [];
  return [
    {
      rule: 'deadline-passed-unrecorded',
      severity: 'error',
      commitmentSlug: commitment.slug,
      on: deadline,
      message: `The deadline ${deadline} has passed with no met date and no update on or after it`,
    },
  ];
}

const asEvidence = (update: LintCommitment['updates'][number]) => ({
  effectiveOn: update.effectiveOn,
  meetsDeadline: update.meetsDeadline ?? false,
  retractedAt: update.retracted,
});

/** Per-update checks: Korean summary, attribution, and each source's title and publisher (warnings). */
export function updateWarnings(slug: string, update: LintUpdate): LintFinding[] {
  if (update.retracted) return [];
  const at = {
    commitmentSlug: slug,
    updateId: update.id,
    on: update.effectiveOn,
    severity: 'warning' as const,
  };
  const findings: LintFinding[] = [];
  if (!update.summaryKo?.trim()) {
    findings.push({
      ...at,
      rule: 'missing-korean-summary',
      message: `No Korean summary (${update.effectiveOn})`,
    });
  }
  if (!update.actors?.length) {
    findings.push({
      ...at,
      rule: 'update-without-actors',
      message: `Nobody named as acting (${update.effectiveOn})`,
    });
  }
  for (const source of update.sources) {
    if (!source.title?.trim() || !source.publisher?.trim()) {
      findings.push({
        ...at,
        rule: 'source-without-title-or-publisher',
        message: `A source has no ${source.title?.trim() ? 'publisher' : 'title'}: ${source.url}`,
      });
    }
  }
  return findings;
}
