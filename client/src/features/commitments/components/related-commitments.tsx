import { Link } from 'react-router';
import type { RelatedCommitment } from '../../../../../shared/contracts/public.ts';
import { pickText } from '../../../components/ui/localized.tsx';
import { RelationItem } from '../../../components/ui/relation-item.tsx';
import { articleRefText } from '../../../lib/evidence.ts';
import { t } from '../../../lib/i18n.ts';
import { relationLabel } from '../../../lib/relations.ts';

/**
 * The clauses of other agreements this one repeats or carries out, and those that repeat or carry out this
 * one: "Repeats Panmunjom Declaration 1(3)", each a link to that commitment.
 */
export function RelatedCommitments({ related }: { related: readonly RelatedCommitment[] }) {
  if (related.length === 0) return null;
  return (
    <section className="commitment__relations" aria-labelledby="related-commitments-heading">
      <h2 id="related-commitments-heading" className="section-heading">
        {t('relations.commitments')}
      </h2>
      <ul className="relation-list">
        {related.map((relation) => {
          const agreement = pickText(relation.agreementTitle, relation.agreementTitleKo);
          const title = pickText(relation.title, relation.titleKo);
          return (
            <RelationItem
              key={`${relation.direction}:${relation.slug}`}
              label={relationLabel(relation.kind, relation.direction)}
              note={relation.note}
              noteKo={relation.noteKo}
            >
              <Link to={`/commitments/${encodeURIComponent(relation.slug)}`}>
                <span lang={agreement.lang}>{agreement.text}</span> {articleRefText(relation.articleRef)}
              </Link>
              <span className="relation-list__title" lang={title.lang}>
                {' '}
                · {title.text}
              </span>
            </RelationItem>
          );
        })}
      </ul>
    </section>
  );
}
