import { Suspense, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { CommitmentSummary, StatusCounts as Counts } from '../../../../../shared/contracts/public.ts';
import { todayIso } from '../../../../../shared/domain/dates.ts';
import { progressFromCounts } from '../../../../../shared/domain/progress.ts';
import { STATUS_KEYS, type StatusKey } from '../../../../../shared/domain/status.ts';
import { pickText } from '../../../components/ui/localized.tsx';
import { ErrorState, LoadingState } from '../../../components/ui/page-state.tsx';
import { StatusCounts, type TileLink } from '../../../components/ui/status-counts.tsx';
import { formatDate } from '../../../lib/format.ts';
import { statusLabel, t } from '../../../lib/i18n.ts';
import { lazyPart } from '../../../lib/lazy-page.tsx';
import { useDocumentMeta } from '../../../lib/use-document-meta.ts';
import { dashboardQueryOptions, useDashboard } from '../api/get-dashboard.ts';
import { useTimeline } from '../api/get-timeline.ts';
import { activeFilterCount, filterCommitments, hasFilters, partiesOf, type Filters } from '../lib/filters.ts';
import { progressHistory } from '../lib/progress-history.ts';
import { useDashboardParams } from '../lib/use-dashboard-params.ts';
import { AgreementSection } from './agreement-section.tsx';
import { DashboardHeadline } from './dashboard-headline.tsx';
import { DashboardIntro } from './dashboard-intro.tsx';
import { FILTERS_FORM, FiltersBar } from './filters-bar.tsx';
import { FiltersFold } from './filters-fold.tsx';
import { ViewSwitch } from './view-switch.tsx';
import './dashboard.css';

// The chart and its data load after the page: the dashboard's first JavaScript does not carry them.
const StatusOverTime = lazyPart(
  'src/features/dashboard/components/status-over-time/status-over-time.tsx',
  () => import('./status-over-time/status-over-time.tsx').then((m) => m.default),
);

function ChartPlaceholder() {
  return (
    <div className="chart-placeholder" role="status">
      {t('timeline.loading')}
    </div>
  );
}

/** Counts by status of the commitments given. */
function countsOf(commitments: readonly CommitmentSummary[]): Counts {
  const counts = Object.fromEntries(STATUS_KEYS.map((key) => [key, 0])) as Counts;
  for (const commitment of commitments) counts[commitment.status]++;
  return counts;
}

/** A status tile's link: to the list of that status, or, for the status already chosen, back to all. */
function tileLink(
  status: StatusKey,
  count: number,
  filters: Filters,
  hrefWith: (patch: { status: string | undefined }) => string,
): TileLink | undefined {
  const current = filters.status === status;
  if (current) return { to: hrefWith({ status: undefined }), label: t('dashboard.counts.unfilter'), current };
  if (count === 0) return undefined;
  return {
    to: hrefWith({ status }),
    label: t('dashboard.counts.filter', { status: statusLabel(status) }),
    current,
  };
}

/** `/`: where every commitment stands, as of today or of the date in ?asOf=, filtered by the URL's filters. */
export function DashboardPage() {
  const { asOf, filters, view, update, clearFilters, hrefWith } = useDashboardParams();
  const dashboard = useDashboard(asOf);
  const timeline = useTimeline();
  // Today's figures, to compare the past date with; usually already cached from the first visit.
  const today = useQuery({ ...dashboardQueryOptions(), enabled: asOf !== undefined });
  useDocumentMeta({
    title: asOf ? t('meta.dashboard.pastTitle', { date: formatDate(asOf) }) : undefined,
    description: t('meta.dashboard.description'),
  });
  const data = dashboard.data;
  const matching = useMemo(
    () => (data ? filterCommitments(data.commitments, filters, data.asOf) : []),
    [data, filters],
  );
  const parties = useMemo(() => (data ? partiesOf(data.commitments) : []), [data]);
  const history = useMemo(() => {
    if (!data || !timeline.data) return undefined;
    const scoped = data.commitments.filter(
      (c) => !filters.agreement || c.agreementSlug === filters.agreement,
    );
    const signings = data.agreements
      .filter((a) => !filters.agreement || a.slug === filters.agreement)
      .map((a) => a.signedOn)
      .sort();
    if (scoped.length === 0 || !signings[0]) return undefined;
    return progressHistory(
      timeline.data,
      new Set(scoped.map((c) => c.slug)),
      signings[0],
      asOf ?? todayIso(),
    );
  }, [data, timeline.data, filters.agreement, asOf]);

  if (dashboard.isPending) return <LoadingState label={t('state.loadingDashboard')} />;
  if (dashboard.isError || !data) {
    return (
      <ErrorState
        title={t('error.dashboard')}
        error={dashboard.error}
        onRetry={() => void dashboard.refetch()}
      />
    );
  }

  const filtered = hasFilters(filters);
  // ?agreement= scopes the figures too (decision 088); the other filters narrow the list only.
  const scope = <T extends { agreementSlug: string }>(rows: readonly T[]) =>
    filters.agreement ? rows.filter((row) => row.agreementSlug === filters.agreement) : rows;
  const scoped = scope(data.commitments);
  const counts = filters.agreement ? countsOf(scoped) : data.counts;
  const todayCounts = filters.agreement ? countsOf(scope(today.data?.commitments ?? [])) : today.data?.counts;
  const progressToday = todayCounts ? progressFromCounts(todayCounts) : undefined;
  const agreementOptions = data.agreements.map((agreement) => ({
    value: agreement.slug,
    label: pickText(agreement.title, agreement.titleKo).text,
  }));
  return (
    <div className="dashboard" aria-busy={dashboard.isPlaceholderData}>
      <DashboardIntro dashboard={data} requestedAsOf={asOf} onAsOfChange={(date) => update({ asOf: date })}>
        <DashboardHeadline
          progress={progressFromCounts(counts)}
          history={history}
          past={
            asOf
              ? { date: data.asOf, today: progressToday, todayHref: hrefWith({ asOf: undefined }) }
              : undefined
          }
        />
      </DashboardIntro>
      <div className="dashboard__summary">
        <StatusCounts
          counts={counts}
          total={scoped.length}
          linkFor={(status, count) => tileLink(status, count, filters, hrefWith)}
        />
      </div>
      <div className={`dashboard__commitments dashboard__commitments--${view}`}>
        <FiltersFold active={activeFilterCount(filters)}>
          <FiltersBar
            filters={filters}
            agreements={agreementOptions}
            parties={parties}
            partyRegistry={data.partyRegistry}
            matching={matching.length}
            total={data.commitments.length}
            onChange={update}
            onClear={clearFilters}
          />
        </FiltersFold>
        <ViewSwitch view={view} hrefWith={hrefWith} />
        <Suspense fallback={<ChartPlaceholder />}>
          <StatusOverTime
            commitments={matching}
            agreements={data.agreements}
            asOf={asOf}
            filtered={filtered}
            tablesOpen={view === 'table'}
          />
        </Suspense>
        {data.commitments.length === 0 ? <p className="muted">{t('dashboard.empty')}</p> : null}
        {filtered && matching.length === 0 ? (
          <div className="dashboard__no-match">
            <p>{t('filters.none')}</p>
            <button
              type="submit"
              form={FILTERS_FORM}
              name="clear"
              value="1"
              className="button button--quiet"
              onClick={(event) => {
                event.preventDefault();
                clearFilters();
              }}
            >
              {t('filters.showAll')}
            </button>
          </div>
        ) : null}
        <div className="dashboard__list">
          {data.agreements.map((agreement) => {
            const all = data.commitments.filter((c) => c.agreementSlug === agreement.slug);
            const shown = matching.filter((c) => c.agreementSlug === agreement.slug);
            if (filtered && shown.length === 0) return null;
            return (
              <AgreementSection
                key={agreement.slug}
                agreement={agreement}
                commitments={[...shown].sort((a, b) => a.position - b.position)}
                total={all.length}
                asOf={asOf}
                partyRegistry={data.partyRegistry}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
