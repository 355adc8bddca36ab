import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/ui/page-state.tsx';
import { useDocumentMeta } from '../../../lib/use-document-meta.ts';
import { COMPARE_CSV_URL, useCompare } from '../api/get-compare.ts';
import { ct } from '../compare-text.ts';
import { CompareChart } from './compare-chart.tsx';
import { CompareLegend } from './compare-legend.tsx';
import { CompareTable } from './compare-table.tsx';
import './compare.css';

/** `/compare`: the agreements side by side, one line each, with the figures as a table and as CSV. */
export function ComparePage() {
  const compare = useCompare();
  useDocumentMeta({ title: ct('title'), description: ct('description') });
  const series = compare.data?.agreements ?? [];
  return (
    <article className="compare-page">
      <header className="compare-page__header">
        <p className="compare-page__back">
          <Link to="/">
            <span aria-hidden="true">← </span>
            {ct('back')}
          </Link>
        </p>
        <p className="eyebrow">{ct('eyebrow')}</p>
        <h1>{ct('title')}</h1>
        <p className="compare-page__lead">{ct('lead')}</p>
      </header>
      {compare.isPending ? (
        <LoadingState label={ct('loading')} />
      ) : compare.isError ? (
        <ErrorState title={ct('error')} error={compare.error} onRetry={() => void compare.refetch()} />
      ) : series.length === 0 ? (
        <p className="muted">{ct('empty')}</p>
      ) : (
        <>
          <section aria-labelledby="compare-chart-title">
            <h2 id="compare-chart-title" className="compare-page__heading">
              {ct('chartTitle')}
            </h2>
            <CompareChart series={series} />
            <p id="compare-chart-note" className="compare-page__note">
              <span className="compare-key compare-key--peak" aria-hidden="true">
                ●
              </span>{' '}
              {ct('peakMark')}{' '}
              <span className="compare-key compare-key--fall" aria-hidden="true">
                ▼
              </span>{' '}
              {ct('fallMark')} · {ct('chartNote')}
            </p>
            <CompareLegend series={series} />
          </section>
          <section aria-labelledby="compare-table-heading">
            <h2 id="compare-table-heading" className="compare-page__heading">
              {ct('tableHeading')}
            </h2>
            <CompareTable series={series} />
          </section>
          <p className="compare-page__links">
            <a href={COMPARE_CSV_URL} download>
              {ct('download')}
            </a>
            <Link to="/about#about-progress">{ct('method')}</Link>
          </p>
        </>
      )}
    </article>
  );
}
