import { Link } from 'react-router';
import type { RelatedCommitment } from '../../../../../shared/contracts/public.ts';
import { pickText } from '../../../components/ui/localized.tsx';
import { articleRefText } from '../../../lib/evidence.ts';
import { t } from '../../../lib/i18n.ts';
import { getLocale } from '../../../lib/locale-store.ts';
import { relationLabel, relationNote } from '../../../lib/relations.ts';
import '../../../components/ui/relation-list.css';

/**
 * The clauses of other agreements this one repeats or carries out, and those that repeat or carry out this
 * one: "Repeats Panmunjom Declaration 1(3)", each a link to that commitment.
 */
export function RelatedCommitments({ related }: { related: readonly RelatedCommitment[] }) {
  if (related.length === 0) return null;
  const locale = getLocale();
  return (
    <section className="commitment__relations" aria-labelledby="related-commitments-heading">
      <h2 id="related-commitments-heading" className="section-heading">
        {t('relations.commitments')}
      </h2>
      <ul className="relation-list">
        {related.map((relation) => {
          const agreement = pickText(relation.agreementTitle, relation.agreementTitleKo);
          const title = pickText(relation.title, relation.titleKo);
          const note = relationNote(relation.note, relation.noteKo, locale);
          return (
            <li key={`${relation.direction}:${relation.slug}`} className="relation-list__item">
              <span className="relation-list__label">{relationLabel(relation.kind, relation.direction)}</span>{' '}
              <Link to={`/commitments/${encodeURIComponent(relation.slug)}`}>
                <span lang={agreement.lang}>{agreement.text}</span> {articleRefText(relation.articleRef)}
              </Link>
              <span className="relation-list__title" lang={title.lang}>
                {' '}
                · {title.text}
              </span>
              {note ? (
                <p className="relation-list__note" lang={note.lang === locale ? undefined : note.lang}>
                  {note.text}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
