import type { CommitmentDetail } from '../../../../../shared/contracts/public.ts';
import { formatDate } from '../../../lib/format.ts';
import { categoryLabel, t } from '../../../lib/i18n.ts';

function Deadline({ deadline, note }: { deadline: string | null; note: string | null }) {
  if (!deadline && !note) return <>{t('commitment.noDeadline')}</>;
  return (
    <>
      {deadline ? <time dateTime={deadline}>{formatDate(deadline)}</time> : null}
      {note ? <span className="facts__note">{note}</span> : null}
    </>
  );
}

/** The clause as agreed (paraphrased). */
export function CommitmentClause({ text }: { text: string }) {
  return (
    <section className="commitment__clause" aria-labelledby="clause-heading">
      <h2 id="clause-heading" className="section-heading">
        {t('commitment.clause')}
      </h2>
      <p className="clause-text">{text}</p>
    </section>
  );
}

/** The clause's particulars: article, category, who is responsible, deadline, agreement. */
export function CommitmentFacts({ commitment }: { commitment: CommitmentDetail }) {
  const { agreement } = commitment;
  return (
    <aside className="commitment__facts" aria-labelledby="facts-heading">
      <h2 id="facts-heading" className="section-heading">
        {t('commitment.details')}
      </h2>
      <dl className="facts">
        <dt>{t('commitment.article')}</dt>
        <dd>{commitment.articleRef}</dd>
        <dt>{t('commitment.category')}</dt>
        <dd>{categoryLabel(commitment.category)}</dd>
        <dt>{t('commitment.parties')}</dt>
        <dd>{commitment.parties.join(', ')}</dd>
        <dt>{t('commitment.deadline')}</dt>
        <dd>
          <Deadline deadline={commitment.deadline} note={commitment.deadlineNote} />
        </dd>
        <dt>{t('commitment.agreement')}</dt>
        <dd>
          {agreement.sourceUrl ? (
            <a href={agreement.sourceUrl} rel="external">
              {agreement.title}
            </a>
          ) : (
            agreement.title
          )}
          {agreement.titleKo ? (
            <span className="facts__note" lang="ko">
              {agreement.titleKo}
            </span>
          ) : null}
          <span className="facts__note">
            {t('commitment.signed', { date: formatDate(agreement.signedOn), place: agreement.place })}
          </span>
        </dd>
      </dl>
    </aside>
  );
}
