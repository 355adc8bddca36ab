import { useSearchParams } from 'react-router';
import { isIsoDate } from '../../../../../shared/domain/dates.ts';
import { ErrorState, LoadingState } from '../../../components/ui/page-state.tsx';
import { formatDate } from '../../../lib/format.ts';
import { t } from '../../../lib/i18n.ts';
import { useDocumentMeta } from '../../../lib/use-document-meta.ts';
import { useDashboard } from '../api/get-dashboard.ts';
import { AgreementSection } from './agreement-section.tsx';
import { DashboardIntro } from './dashboard-intro.tsx';
import { StatusCounts } from './status-counts.tsx';
import './dashboard.css';

/** A malformed ?asOf= is ignored rather than sent on to a 400. */
function useAsOfParam(): string | undefined {
  const [params] = useSearchParams();
  const value = params.get('asOf');
  return value && isIsoDate(value) ? value : undefined;
}

/** `/`: where every commitment stands, as of today or of the date in ?asOf=. */
export function DashboardPage() {
  const asOf = useAsOfParam();
  const dashboard = useDashboard(asOf);
  useDocumentMeta({
    title: asOf ? t('meta.dashboard.pastTitle', { date: formatDate(asOf) }) : undefined,
    description: t('meta.dashboard.description'),
  });

  if (dashboard.isPending) return <LoadingState label={t('state.loadingDashboard')} />;
  if (dashboard.isError) {
    return (
      <ErrorState
        title={t('error.dashboard')}
        error={dashboard.error}
        onRetry={() => void dashboard.refetch()}
      />
    );
  }

  const { data } = dashboard;
  return (
    <div className="dashboard" aria-busy={dashboard.isPlaceholderData}>
      <DashboardIntro dashboard={data} requestedAsOf={asOf} />
      <StatusCounts counts={data.counts} total={data.commitments.length} />
      {data.commitments.length === 0 ? <p className="muted">{t('dashboard.empty')}</p> : null}
      {data.agreements.map((agreement) => (
        <AgreementSection
          key={agreement.slug}
          agreement={agreement}
          commitments={data.commitments.filter((c) => c.agreementSlug === agreement.slug)}
        />
      ))}
    </div>
  );
}
