import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { todayIso } from '../../../../../shared/domain/dates.ts';
import { progressFromCounts } from '../../../../../shared/domain/progress.ts';
import { CommitmentRow } from '../../../components/ui/commitment-row.tsx';
import { otherText, pickText, UntranslatedMark } from '../../../components/ui/localized.tsx';
import { NotFound } from '../../../components/ui/not-found.tsx';
import { ErrorState, LoadingState } from '../../../components/ui/page-state.tsx';
import { ProgressFigure } from '../../../components/ui/progress-figure.tsx';
import { StatusCounts } from '../../../components/ui/status-counts.tsx';
import { useAsOf, withAsOf } from '../../../lib/as-of.ts';
import { isNotFound } from '../../../lib/api-client.ts';
import { useFollowInApp } from '../../../lib/follow-in-app.ts';
import { formatDate } from '../../../lib/format.ts';
import { t } from '../../../lib/i18n.ts';
import { useDocumentMeta } from '../../../lib/use-document-meta.ts';
import { agreementQueryOptions, useAgreement } from '../api/get-agreement.ts';
import { AgreementFacts } from './agreement-facts.tsx';
import { AgreementRelations } from './agreement-relations.tsx';
import './agreement-page.css';

/** `/agreements/:slug`: one agreement, its signing facts, its own figures and its commitments (?asOf= too). */
export function AgreementPage() {
  const { slug = '' } = useParams();
  const asOf = useAsOf();
  const agreement = useAgreement(slug, asOf);
  const today = useQuery({ ...agreementQueryOptions(slug), enabled: asOf !== undefined });
  const followInApp = useFollowInApp();
  const data = agreement.data;
  const title = data ? pickText(data.title, data.titleKo) : null;
  useDocumentMeta({
    title: title
      ? asOf
        ? t('agreementPage.pastTitle', { title: title.text, date: formatDate(asOf) })
        : title.text
      : t('agreementPage.loading'),
    description: data ? pickText(data.summary, data.summaryKo).text : t('meta.dashboard.description'),
  });

  if (agreement.isPending) return <LoadingState label={t('agreementPage.loading')} />;
  if (agreement.isError || !data || !title) {
    if (isNotFound(agreement.error)) return <NotFound />;
    return (
      <ErrorState
        title={t('agreementPage.error')}
        error={agreement.error}
        onRetry={() => void agreement.refetch()}
      />
    );
  }

  const other = otherText(data.title, data.titleKo);
  const summary = pickText(data.summary, data.summaryKo);
  // The statuses (and deadlines) are as of this day.
  const shownDate = asOf ?? todayIso();
  return (
    <article className="agreement-page" aria-busy={agreement.isPlaceholderData}>
      <header className="agreement-page__header">
        <p className="agreement-page__back">
          <Link to={withAsOf('/', asOf)}>
            <span aria-hidden="true">← </span>
            {t('agreementPage.back')}
          </Link>
        </p>
        <p className="eyebrow">{t('agreementPage.eyebrow')}</p>
        <h1 className="agreement-page__title" lang={title.lang}>
          {title.text}
        </h1>
        {other ? (
          <p className="agreement-page__title-alt" lang={other.lang}>
            {other.text}
          </p>
        ) : null}
        {title.untranslated ? <UntranslatedMark /> : null}
        {data.summary ? (
          <p className="agreement-page__summary">
            <span lang={summary.lang}>{summary.text}</span>
            {summary.untranslated ? <UntranslatedMark /> : null}
          </p>
        ) : null}
      </header>
      <div className="agreement-page__body">
        <AgreementFacts agreement={data} />
        <div className="agreement-page__main">
          <p className={`agreement-page__date${asOf ? ' agreement-page__date--past' : ''}`}>
            <strong>
              {t(asOf ? 'dashboard.asOfPast' : 'dashboard.asOfToday', { date: formatDate(shownDate) })}
            </strong>
            {asOf ? <Link to={`/agreements/${slug}`}>{t('asOf.seeToday')}</Link> : null}
          </p>
          {asOf && !today.data ? null : (
            <ProgressFigure
              now={progressFromCounts(asOf ? (today.data?.counts ?? {}) : data.counts)}
              past={asOf ? { date: asOf, progress: progressFromCounts(data.counts) } : undefined}
            />
          )}
          <StatusCounts counts={data.counts} total={data.commitments.length} />
          <AgreementRelations relations={data.relations} />
          <section aria-labelledby="agreement-commitments-heading">
            <h2 id="agreement-commitments-heading" className="agreement-page__heading">
              {t('agreementPage.commitments')}
            </h2>
            {data.commitments.length === 0 ? (
              <p className="muted">{t('agreementPage.empty')}</p>
            ) : (
              <ol
                className="commitment-list"
                aria-label={t('dashboard.agreement.listLabel', { title: title.text })}
                onClick={followInApp}
              >
                {[...data.commitments]
                  .sort((a, b) => a.position - b.position)
                  .map((commitment) => (
                    <CommitmentRow key={commitment.slug} commitment={commitment} asOf={asOf} />
                  ))}
              </ol>
            )}
          </section>
        </div>
      </div>
    </article>
  );
}
