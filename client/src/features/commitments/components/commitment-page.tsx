import { useParams } from 'react-router';
import type { CommitmentDetail } from '../../../../../shared/contracts/public.ts';
import { NotFound } from '../../../components/ui/not-found.tsx';
import { ErrorState, LoadingState } from '../../../components/ui/page-state.tsx';
import { isNotFound } from '../../../lib/api-client.ts';
import { statusLabel, t } from '../../../lib/i18n.ts';
import { useDocumentMeta } from '../../../lib/use-document-meta.ts';
import { useCommitment } from '../api/get-commitment.ts';
import { CommitmentClause, CommitmentFacts } from './commitment-facts.tsx';
import { CommitmentHeader } from './commitment-header.tsx';
import { UpdateHistory } from './update-history.tsx';
import './commitment.css';

const DESCRIPTION_MAX = 160;

function describe(commitment: CommitmentDetail): string {
  const text = `${statusLabel(commitment.status)}. ${commitment.text}`;
  return text.length <= DESCRIPTION_MAX ? text : `${text.slice(0, DESCRIPTION_MAX - 1).trimEnd()}…`;
}

function CommitmentView({ commitment }: { commitment: CommitmentDetail }) {
  useDocumentMeta({ title: commitment.title, description: describe(commitment) });
  return (
    <article className="commitment">
      <CommitmentHeader commitment={commitment} />
      <div className="commitment__body">
        <CommitmentClause text={commitment.text} />
        <CommitmentFacts commitment={commitment} />
        <UpdateHistory updates={commitment.updates} />
      </div>
    </article>
  );
}

/** `/commitments/:slug`: one commitment, its current status and its sourced history. */
export function CommitmentPage() {
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
  return <CommitmentView commitment={commitment.data} />;
}
