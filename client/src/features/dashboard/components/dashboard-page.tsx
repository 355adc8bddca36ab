import { Suspense, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { CommitmentSummary, StatusCounts as Counts } from '../../../../../shared/contracts/public.ts';
import { progressFromCounts } from '../../../../../shared/domain/progress.ts';
import { STATUS_KEYS } from '../../../../../shared/domain/status.ts';
import { pickText } from '../../../components/ui/localized.tsx';
import { ErrorState, LoadingState } from '../../../components/ui/page-state.tsx';
import { ProgressFigure } from '../../../components/ui/progress-figure.tsx';
import { StatusCounts } from '../../../components/ui/status-counts.tsx';
import { formatDate } from '../../../lib/format.ts';
import { t } from '../../../lib/i18n.ts';
import { lazyPart } from '../../../lib/lazy-page.tsx';
import { useDocumentMeta } from '../../../lib/use-document-meta.ts';
import { dashboardQueryOptions, useDashboard } from '../api/get-dashboard.ts';
import { filterCommitments, hasFilters, partiesOf } from '../lib/filters.ts';
import { useDashboardParams } from '../lib/use-dashboard-params.ts';
import { AgreementSection } from './agreement-section.tsx';
import { DashboardIntro } from './dashboard-intro.tsx';
import { FILTERS_FORM, FiltersBar } from './filters-bar.tsx';
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

/** `/`: where every commitment stands, as of today or of the date in ?asOf=, filtered by the URL's filters. */
export function DashboardPage() {
  const { asOf, filters, update, clearFilters } = useDashboardParams();
  const dashboard = useDashboard(asOf);
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
  const progressNow = progressFromCounts(asOf ? (todayCounts ?? {}) : counts);
  const progressThen = asOf ? { date: data.asOf, progress: progressFromCounts(counts) } : undefined;
  const agreementOptions = data.agreements.map((agreement) => ({
    value: agreement.slug,
    label: pickText(agreement.title, agreement.titleKo).text,
  }));
  return (
    <div className="dashboard" aria-busy={dashboard.isPlaceholderData}>
      <DashboardIntro dashboard={data} requestedAsOf={asOf} onAsOfChange={(date) => update({ asOf: date })} />
      <div className="dashboard__summary">
        {asOf && !today.data ? null : <ProgressFigure now={progressNow} past={progressThen} />}
        <StatusCounts counts={counts} total={scoped.length} />
      </div>
      <div className="dashboard__commitments">
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
        <Suspense fallback={<ChartPlaceholder />}>
          <StatusOverTime
            commitments={matching}
            agreements={data.agreements}
            asOf={asOf}
            filtered={filtered}
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
  );
}
