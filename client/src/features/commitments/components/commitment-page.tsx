import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import type { SessionUser } from '../../../../../shared/contracts/auth.ts';
import { NotFound } from '../../../components/ui/not-found.tsx';
import { ErrorState, LoadingState } from '../../../components/ui/page-state.tsx';
import { isNotFound } from '../../../lib/api-client.ts';
import { t } from '../../../lib/i18n.ts';
import { useCommitment } from '../api/get-commitment.ts';
import { CommitmentView } from './commitment-view.tsx';

// The analyst's tools are a chunk of their own: the public never downloads them.
const AnalystCommitmentView = lazy(() =>
  import('./analyst/analyst-commitment-view.tsx').then((m) => ({ default: m.AnalystCommitmentView })),
);

interface CommitmentPageProps {
  /** The signed-in analyst or admin, if any: they get the tools to add updates and edit. */
  signedIn: SessionUser | null;
}

/** `/commitments/:slug`: one commitment, its current status and its sourced history. */
export function CommitmentPage({ signedIn }: CommitmentPageProps) {
  const { slug = '' } = useParams();
  const commitment = useCommitment(slug);

  if (commitment.isPending) return <LoadingState label={t('state.loadingCommitment')} />;
  if (commitment.isError) {
    if (isNotFound(commitment.error)) return <NotFound />;
    return (
      <ErrorState
        title={t('error.commitment')}
        error={commitment.error}
        onRetry={() => void commitment.refetch()}
      />
    );
  }
  if (!signedIn) return <CommitmentView commitment={commitment.data} />;
  return (
    // While the tools load, the page reads as it does for everyone.
    <Suspense fallback={<CommitmentView commitment={commitment.data} />}>
      {/* A new workspace (and fresh drafts) per commitment, never one carried over from another page. */}
      <AnalystCommitmentView key={slug} commitment={commitment.data} analyst={signedIn} />
    </Suspense>
  );
}
