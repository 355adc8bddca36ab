import { Link } from 'react-router';
import { todayInSeoul } from '../../../../../shared/domain/dates.ts';
import { ErrorState, LoadingState } from '../../../components/ui/page-state.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { formatDate } from '../../../lib/format.ts';
import { t, tCount } from '../../../lib/i18n-tools.ts';
import { lintCommitments } from '../../../lib/lint-commitment.ts';
import { useDocumentMeta } from '../../../lib/use-document-meta.ts';
import { useCommitmentDetails, useCommitmentSummaries } from '../api/get-record.ts';
import {
  byOldestReview,
  commitmentsMissingKorean,
  deadlinesWithin,
  updatesMissingKorean,
} from '../lib/record-model.ts';
import { CappedList } from './capped-list.tsx';
import { CommitmentLink } from './commitment-link.tsx';
import { LintFindings } from './lint-findings.tsx';
import './workspace.css';

/**
 * `/workspace`: the analyst's home, where sign-in lands. What to look at next: the commitments checked
 * longest ago, deadlines coming up, records missing Korean, and the record lint's findings.
 */
export function WorkspaceHome() {
  useDocumentMeta({ title: t('workspaceHome.heading'), description: t('workspaceHome.lead') });
  const list = useCommitmentSummaries();
  const commitments = list.data ?? [];
  const record = useCommitmentDetails(commitments.map((c) => c.slug));

  if (list.isPending) return <LoadingState label={t('state.loading')} />;
  if (list.isError) {
    return (
      <ErrorState title={t('workspaceHome.failed')} error={list.error} onRetry={() => void list.refetch()} />
    );
  }
  const today = todayInSeoul();
  const deadlines = deadlinesWithin(commitments, today);
  const noKorean = commitmentsMissingKorean(commitments);
  const titles = new Map(commitments.map((c) => [c.slug, c]));
  const complete = !record.pending && !record.failed;

  return (
    <div className="workspace-home">
      <h1>{t('workspaceHome.heading')}</h1>
      <p className="workspace-home__lead">{t('workspaceHome.lead')}</p>
      <p>
        <Link to="/workspace/developments/new" className="button">
          {t('development.open')}
        </Link>{' '}
        <Link to="/workspace/tokens" className="button button--quiet">
          {t('tokens.open')}
        </Link>
      </p>
      <div className="workspace-home__grid">
        <section aria-labelledby="ws-stale" className="workspace-card">
          <h2 id="ws-stale">{t('workspaceHome.stale')}</h2>
          <p className="field__hint">{t('workspaceHome.staleLead')}</p>
          <CappedList
            ordered
            items={byOldestReview(commitments)}
            itemKey={(c) => c.slug}
            render={(c) => (
              <>
                <CommitmentLink commitment={c} /> <StatusBadge status={c.status} />{' '}
                <span className="muted">
                  {c.reviewedThrough
                    ? t('workspaceHome.checked', { date: formatDate(c.reviewedThrough) })
                    : t('workspaceHome.never')}
                </span>
              </>
            )}
          />
        </section>

        <section aria-labelledby="ws-deadlines" className="workspace-card">
          <h2 id="ws-deadlines">{t('workspaceHome.deadlines')}</h2>
          {deadlines.length === 0 ? (
            <p>{t('workspaceHome.deadlinesNone')}</p>
          ) : (
            <CappedList
              items={deadlines}
              itemKey={(c) => c.slug}
              render={(c) => (
                <>
                  <CommitmentLink commitment={c} />{' '}
                  <span className="muted">{t('workspaceHome.due', { date: formatDate(c.deadline!) })}</span>
                </>
              )}
            />
          )}
        </section>

        <section aria-labelledby="ws-korean" className="workspace-card">
          <h2 id="ws-korean">{t('workspaceHome.korean')}</h2>
          <h3>{tCount('workspaceHome.koreanCommitments', noKorean.length)}</h3>
          <CappedList
            items={noKorean}
            cap={5}
            itemKey={(c) => c.slug}
            render={(c) => <CommitmentLink commitment={c} />}
          />
          {complete ? (
            <MissingKoreanUpdates details={record.details} />
          ) : (
            <p className="muted">{record.failed ? t('workspaceHome.failed') : t('state.loading')}</p>
          )}
        </section>

        <section aria-labelledby="ws-lint" className="workspace-card">
          <h2 id="ws-lint">{t('workspaceHome.lint')}</h2>
          {complete ? (
            <LintFindings findings={lintCommitments(record.details, today)} titles={titles} />
          ) : (
            <p className="muted">{record.failed ? t('workspaceHome.failed') : t('state.loading')}</p>
          )}
        </section>
      </div>
    </div>
  );
}

function MissingKoreanUpdates({ details }: { details: Parameters<typeof updatesMissingKorean>[0] }) {
  const missing = updatesMissingKorean(details);
  return (
    <>
      <h3>{tCount('workspaceHome.koreanUpdates', missing.length)}</h3>
      <CappedList
        items={missing}
        cap={5}
        itemKey={({ update }) => update.id}
        render={({ commitment, update }) => (
          <>
            <CommitmentLink commitment={commitment} updateId={update.id} />{' '}
            <span className="muted">{formatDate(update.effectiveOn)}</span>
          </>
        )}
      />
    </>
  );
}
