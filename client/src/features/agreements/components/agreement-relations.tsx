import { Link } from 'react-router';
import type { AgreementRelation } from '../../../../../shared/contracts/public.ts';
import { pickText } from '../../../components/ui/localized.tsx';
import { t } from '../../../lib/i18n.ts';
import { getLocale } from '../../../lib/locale-store.ts';
import { relationLabel, relationNote } from '../../../lib/relations.ts';
import '../../../components/ui/relation-list.css';

/** How this agreement relates to the others tracked, both ways: "Implements …", "Implemented by …". */
export function AgreementRelations({ relations }: { relations: readonly AgreementRelation[] }) {
  if (relations.length === 0) return null;
  const locale = getLocale();
  return (
    <section className="agreement-page__relations" aria-labelledby="agreement-relations-heading">
      <h2 id="agreement-relations-heading" className="agreement-page__heading">
        {t('relations.agreements')}
      </h2>
      <ul className="relation-list">
        {relations.map((relation) => {
          const title = pickText(relation.agreementTitle, relation.agreementTitleKo);
          const note = relationNote(relation.note, relation.noteKo, locale);
          return (
            <li key={`${relation.direction}:${relation.agreementSlug}`} className="relation-list__item">
              <span className="relation-list__label">{relationLabel(relation.type, relation.direction)}</span>{' '}
              <Link to={`/agreements/${encodeURIComponent(relation.agreementSlug)}`} lang={title.lang}>
                {title.text}
              </Link>
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
