import { Link } from 'react-router';
import { pickText } from '../../../components/ui/localized.tsx';

/** A commitment by its article and title in the page's language, linking to its page (or an update on it). */
export function CommitmentLink({
  commitment,
  updateId,
}: {
  commitment: { slug: string; articleRef?: string; title: string; titleKo: string | null };
  updateId?: number | undefined;
}) {
  const title = pickText(commitment.title, commitment.titleKo);
  const href = `/commitments/${commitment.slug}${updateId ? `#update-${updateId}` : ''}`;
  return (
    <Link to={href} lang={title.lang}>
      {commitment.articleRef ? `${commitment.articleRef} ` : ''}
      {title.text}
    </Link>
  );
}
