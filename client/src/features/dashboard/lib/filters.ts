import type { CommitmentSummary } from '../../../../../shared/contracts/public.ts';
import type { IsoDate } from '../../../../../shared/domain/dates.ts';
import { deadlineState } from '../../../../../shared/domain/deadlines.ts';
import {
  CATEGORY_KEYS,
  STATUS_KEYS,
  type CategoryKey,
  type StatusKey,
} from '../../../../../shared/domain/status.ts';

/** The list's filters as they live in the URL: ?agreement=&status=&category=&party=&q=&missed=1. */
export interface Filters {
  /** One agreement's slug: the whole dashboard is scoped to it (decision 088). */
  agreement: string | undefined;
  status: StatusKey | undefined;
  category: CategoryKey | undefined;
  party: string | undefined;
  q: string;
  missed: boolean;
}

export const FILTER_PARAMS = ['agreement', 'status', 'category', 'party', 'q', 'missed'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

const isStatus = (value: string | null): value is StatusKey =>
  (STATUS_KEYS as readonly string[]).includes(value ?? '');
const isCategory = (value: string | null): value is CategoryKey =>
  (CATEGORY_KEYS as readonly string[]).includes(value ?? '');

/** Filters from the URL; unknown values are ignored, so an old or mistyped link still shows the list. */
export function readFilters(params: URLSearchParams): Filters {
  const status = params.get('status');
  const category = params.get('category');
  return {
    agreement: params.get('agreement')?.trim() || undefined,
    status: isStatus(status) ? status : undefined,
    category: isCategory(category) ? category : undefined,
    party: params.get('party')?.trim() || undefined,
    q: params.get('q') ?? '',
    missed: params.get('missed') === '1',
  };
}

/** How many filters are on (the folded filters say so on a phone). */
export function activeFilterCount(filters: Filters): number {
  return [
    filters.agreement,
    filters.status,
    filters.category,
    filters.party,
    filters.q.trim(),
    filters.missed,
  ].filter(Boolean).length;
}

export function hasFilters(filters: Filters): boolean {
  return activeFilterCount(filters) > 0;
}

/**
 * The commitments that pass every filter. Statuses and missed deadlines are judged as of `asOf`, the date of
 * the dashboard shown; the search matches the title and the clause in either language, case-insensitively.
 */
export function filterCommitments(
  commitments: readonly CommitmentSummary[],
  filters: Filters,
  asOf: IsoDate,
): CommitmentSummary[] {
  const needle = filters.q.trim().toLocaleLowerCase();
  return commitments.filter(
    (c) =>
      (!filters.agreement || c.agreementSlug === filters.agreement) &&
      (!filters.status || c.status === filters.status) &&
      (!filters.category || c.category === filters.category) &&
      (!filters.party || c.parties.includes(filters.party)) &&
      (!filters.missed || deadlineState(c, asOf) === 'missed') &&
      (!needle ||
        [c.title, c.titleKo ?? '', c.text, c.textKo ?? ''].some((text) =>
          text.toLocaleLowerCase().includes(needle),
        )),
  );
}

/** Every party named by a commitment, for the Party filter, most often named first. */
export function partiesOf(commitments: readonly CommitmentSummary[]): string[] {
  const counts = new Map<string, number>();
  for (const c of commitments) for (const party of c.parties) counts.set(party, (counts.get(party) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([party]) => party);
}
