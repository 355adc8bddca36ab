import { Suspense, type ReactNode } from 'react';
import type { CommitmentDetail, StatusUpdate } from '../../../../../shared/contracts/public.ts';
import { pickText } from '../../../components/ui/localized.tsx';
import { statusLabel } from '../../../lib/i18n.ts';
import { lazyPart } from '../../../lib/lazy-page.tsx';
import { useDocumentMeta } from '../../../lib/use-document-meta.ts';
import { CommitmentClause, CommitmentFacts } from './commitment-facts.tsx';
import { CommitmentHeader } from './commitment-header.tsx';
import { RelatedCommitments } from './related-commitments.tsx';
import { UpdateHistory } from './update-history.tsx';
import './commitment.css';

const DESCRIPTION_MAX = 160;

// How to cite, embed and follow: a chunk of its own (the dashboard's first JavaScript does not carry it),
// drawn by the server into the page like the rest.
const CiteBlock = lazyPart('src/features/commitments/components/cite/cite-block.tsx', () =>
  import('./cite/cite-block.tsx').then((m) => m.CiteBlock),
);

function describe(commitment: CommitmentDetail): string {
  // A Korean page describes itself with the Korean clause, else the Korean title, where there is one.
  const body = pickText(commitment.text, commitment.textKo ?? commitment.titleKo).text;
  const text = `${statusLabel(commitment.status)}. ${body}`;
  return text.length <= DESCRIPTION_MAX ? text : `${text.slice(0, DESCRIPTION_MAX - 1).trimEnd()}…`;
}

interface CommitmentViewProps {
  commitment: CommitmentDetail;
  /** The analyst's tools and forms, between the header and the body; absent for the public. */
  tools?: ReactNode;
  /** Controls under one history entry (the analyst's "Retract"). */
  entryActions?: (update: StatusUpdate) => ReactNode;
}

/** The commitment as everyone reads it; the analyst view fills the two slots. */
export function CommitmentView({ commitment, tools, entryActions }: CommitmentViewProps) {
  useDocumentMeta({
    title: pickText(commitment.title, commitment.titleKo).text,
    description: describe(commitment),
  });
  return (
    <article className="commitment">
      <CommitmentHeader commitment={commitment} />
      {tools}
      <div className="commitment__body">
        <CommitmentClause text={commitment.text} textKo={commitment.textKo}>
          <RelatedCommitments related={commitment.relatedCommitments} />
        </CommitmentClause>
        <CommitmentFacts commitment={commitment} />
        <UpdateHistory
          updates={commitment.updates}
          context={{
            slug: commitment.slug,
            partyRegistry: commitment.partyRegistry,
            developments: commitment.developments,
          }}
          entryActions={entryActions}
        />
        {/* Opened from another page in the browser, the rest of the page need not wait for this part. */}
        <Suspense fallback={null}>
          <CiteBlock commitment={commitment} />
        </Suspense>
      </div>
    </article>
  );
}
