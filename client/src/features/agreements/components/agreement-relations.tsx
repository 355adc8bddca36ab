import { Link } from 'react-router';
import type { AgreementRelation } from '../../../../../shared/contracts/public.ts';
import { pickText } from '../../../components/ui/localized.tsx';
import { RelationItem } from '../../../components/ui/relation-item.tsx';
import { t } from '../../../lib/i18n.ts';
import { relationLabel } from '../../../lib/relations.ts';

/** How this agreement relates to the others tracked, both ways: "Implements …", "Implemented by …". */
export function AgreementRelations({ relations }: { relations: readonly AgreementRelation[] }) {
  if (relations.length === 0) return null;
  return (
    <section className="agreement-page__relations" aria-labelledby="agreement-relations-heading">
      <h2 id="agreement-relations-heading" className="agreement-page__heading">
        {t('relations.agreements')}
      </h2>
      <ul className="relation-list">
        {relations.map((relation) => {
          const title = pickText(relation.agreementTitle, relation.agreementTitleKo);
          return (
            <RelationItem
              key={`${relation.direction}:${relation.agreementSlug}`}
              label={relationLabel(relation.type, relation.direction)}
              note={relation.note}
              noteKo={relation.noteKo}
            >
              <Link to={`/agreements/${encodeURIComponent(relation.agreementSlug)}`} lang={title.lang}>
                {title.text}
              </Link>
            </RelationItem>
          );
        })}
      </ul>
    </section>
  );
}
