import type {
  Agreement,
  CommitmentSummary,
  Timeline,
  TimelineUpdate,
} from '../../../../../../shared/contracts/public.ts';
import { dayNumber, type IsoDate } from '../../../../../../shared/domain/dates.ts';
import {
  countsOn,
  statusPeriods,
  type StatusChange,
  type StatusPeriod,
} from '../../../../../../shared/domain/status-timeline.ts';
import type { StatusKey } from '../../../../../../shared/domain/status.ts';

const DAY_MS = 86_400_000;

export { dayNumber };
export const isoFromDay = (n: number): IsoDate => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** A period of a row, with the update that set its status. */
export interface RowPeriod extends StatusPeriod {
  /** Null before the row's first change: Not started since the signing, no update changed it. */
  update: TimelineUpdate | null;
}

export interface TimelineRow {
  commitment: CommitmentSummary;
  /** Its agreement's signing date: the row starts there. */
  from: IsoDate;
  changes: readonly StatusChange[];
  periods: RowPeriod[];
}

export interface TimelineGroup {
  agreement: Agreement;
  rows: TimelineRow[];
}

/** A stretch of time in which the counts by status stay the same. */
export interface TotalsStep {
  from: IsoDate;
  to: IsoDate;
  counts: Record<StatusKey, number>;
  /** Commitments whose agreement was signed by then. */
  total: number;
}

export interface TimelineModel {
  start: IsoDate;
  end: IsoDate;
  groups: TimelineGroup[];
  rows: TimelineRow[];
  steps: TotalsStep[];
}

/**
 * Everything the chart draws, from the dashboard's commitments (in its order) and their status changes:
 * rows grouped by agreement, from each agreement's signing to `end`, and the totals by status over time.
 */
export function buildTimelineModel(
  commitments: readonly CommitmentSummary[],
  agreements: readonly Agreement[],
  timeline: Timeline,
  end: IsoDate,
): TimelineModel | null {
  const bySlug = new Map(timeline.commitments.map((c) => [c.slug, c]));
  const signedOn = new Map(agreements.map((a) => [a.slug, a.signedOn]));
  const starts = agreements.map((a) => a.signedOn).filter((d) => d < end);
  const start = starts.sort()[0];
  if (!start) return null;

  const groups: TimelineGroup[] = [];
  for (const agreement of agreements) {
    const rows = commitments
      .filter((c) => c.agreementSlug === agreement.slug)
      .sort((a, b) => a.position - b.position)
      .flatMap((commitment): TimelineRow[] => {
        const from = signedOn.get(commitment.agreementSlug) ?? start;
        if (from >= end) return [];
        const entry = bySlug.get(commitment.slug);
        const changes = entry?.changes ?? [];
        return [{ commitment, from, changes, periods: rowPeriods(changes, entry?.updates ?? [], from, end) }];
      });
    if (rows.length > 0) groups.push({ agreement, rows });
  }
  const rows = groups.flatMap((g) => g.rows);
  return { start, end, groups, rows, steps: totalsSteps(rows, start, end) };
}

/**
 * A row's periods from `from` to `end`, each with the update behind its status: the one that made the
 * latest change on or before the period's first day (a change before the signing colours the row's start).
 */
export function rowPeriods(
  changes: readonly StatusChange[],
  updates: readonly TimelineUpdate[],
  from: IsoDate,
  end: IsoDate,
): RowPeriod[] {
  return statusPeriods(changes, from, end).map((period) => ({
    ...period,
    update: updates[changes.findLastIndex(([day]) => day <= period.from)] ?? null,
  }));
}

/** The counts by status between each pair of days on which any of them changed (or an agreement began). */
export function totalsSteps(rows: readonly TimelineRow[], start: IsoDate, end: IsoDate): TotalsStep[] {
  const days = new Set<IsoDate>([start]);
  for (const row of rows) {
    if (row.from > start) days.add(row.from);
    for (const [day] of row.changes) if (day > start && day < end) days.add(day);
  }
  const sorted = [...days].sort();
  return sorted.map((from, index) => {
    const live = rows.filter((row) => row.from <= from);
    return {
      from,
      to: sorted[index + 1] ?? end,
      counts: countsOn(
        live.map((row) => row.changes),
        from,
      ),
      total: live.length,
    };
  });
}

/** The step in force on a day. */
export function stepOn(steps: readonly TotalsStep[], day: IsoDate): TotalsStep | undefined {
  return steps.findLast((step) => step.from <= day);
}

/** 1 January of each year after `start` up to `end`. */
export function yearStarts(start: IsoDate, end: IsoDate): IsoDate[] {
  const years: IsoDate[] = [];
  for (let year = Number(start.slice(0, 4)) + 1; `${year}-01-01` <= end; year++) years.push(`${year}-01-01`);
  return years;
}

/** The days the totals table reports: the start, each year's end, the chosen date and the last day. */
export function tableDays(start: IsoDate, end: IsoDate, asOf: IsoDate | undefined): IsoDate[] {
  const days = new Set<IsoDate>([start, end]);
  for (const newYear of yearStarts(start, end)) {
    const yearEnd = `${Number(newYear.slice(0, 4)) - 1}-12-31`;
    if (yearEnd > start) days.add(yearEnd);
  }
  if (asOf && asOf > start && asOf < end) days.add(asOf);
  return [...days].sort();
}
