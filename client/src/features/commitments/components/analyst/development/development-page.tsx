import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '../../../../../components/ui/page-state.tsx';
import { t } from '../../../../../lib/i18n-tools.ts';
import { useDocumentMeta } from '../../../../../lib/use-document-meta.ts';
import { useLeaveGuard } from '../../../../../lib/use-leave-guard.ts';
import { useCommitmentList, useParties } from '../../../api/record-development.ts';
import { DevelopmentForm } from './development-form.tsx';
import { RecordedNotice, type Recorded } from './recorded-notice.tsx';
import '../analyst.css';

/**
 * `/workspace/developments/new`: one event that moved several commitments, recorded once. Opened from a
 * commitment page (`?commitment=slug`), that commitment is the first effect.
 */
export function DevelopmentPage() {
  useDocumentMeta({ title: t('development.heading'), description: t('development.lead') });
  const [params] = useSearchParams();
  const commitments = useCommitmentList();
  const parties = useParties();
  const [generation, setGeneration] = useState(0);
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const [dirty, setDirty] = useState(false);
  useLeaveGuard(dirty, t('workspace.leaveQuestion'));

  if (commitments.isPending || parties.isPending) return <LoadingState label={t('state.loading')} />;
  if (commitments.isError || parties.isError) {
    return (
      <ErrorState
        title={t('development.failed')}
        error={commitments.error ?? parties.error}
        onRetry={() => void Promise.all([commitments.refetch(), parties.refetch()])}
      />
    );
  }
  const first = commitments.data.find((c) => c.slug === params.get('commitment'));
  return (
    <div className="workspace-page">
      <h1>{t('development.heading')}</h1>
      <p className="workspace-panel__lead">{t('development.lead')}</p>
      {recorded ? <RecordedNotice recorded={recorded} /> : null}
      <DevelopmentForm
        key={generation}
        first={recorded ? undefined : first}
        commitments={commitments.data}
        refetchCommitments={async () => (await commitments.refetch()).data ?? commitments.data}
        parties={parties.data}
        onDirtyChange={setDirty}
        onRecorded={(done) => {
          setDirty(false);
          setRecorded(done);
          setGeneration((n) => n + 1);
          window.scrollTo({ top: 0 });
        }}
      />
    </div>
  );
}
