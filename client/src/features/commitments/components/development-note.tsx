import { Fragment } from 'react';
import { Link } from 'react-router';
import type { DevelopmentRef } from '../../../../../shared/contracts/public.ts';
import { pickText, UntranslatedMark } from '../../../components/ui/localized.tsx';
import { t } from '../../../lib/i18n.ts';

/** "Part of: <development>, which also affected <links>": one event that moved several commitments. */
export function DevelopmentNote({ development, slug }: { development: DevelopmentRef; slug: string }) {
  const picked = pickText(development.summary, development.summaryKo);
  // The sentence goes on after the summary: its own full stop would end it early.
  const summary = { ...picked, text: picked.text.replace(/[.。]\s*$/, '') };
  const others = development.commitments.filter((c) => c.slug !== slug);
  return (
    <p className="update__development">
      {t('evidence.partOf')} <span lang={summary.lang}>{summary.text}</span>
      {summary.untranslated ? <UntranslatedMark /> : null}
      {others.length > 0 ? (
        <>
          {t('evidence.alsoAffected')}{' '}
          {others.map((other, index) => {
            const title = pickText(other.title, other.titleKo);
            return (
              <Fragment key={other.slug}>
                {index > 0 ? ', ' : null}
                <Link to={`/commitments/${other.slug}`} lang={title.lang}>
                  {title.text}
                </Link>
              </Fragment>
            );
          })}
        </>
      ) : null}
      .
    </p>
  );
}
