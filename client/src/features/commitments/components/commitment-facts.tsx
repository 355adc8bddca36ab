import type { CommitmentDetail } from '../../../../../shared/contracts/public.ts';
import { todayIso } from '../../../../../shared/domain/dates.ts';
import { deadlineState } from '../../../../../shared/domain/deadlines.ts';
import { DeadlineMissed } from '../../../components/ui/deadline.tsx';
import { useAsOf } from '../../../lib/as-of.ts';
import { otherText, pickText, UntranslatedMark } from '../../../components/ui/localized.tsx';
import { formatDate } from '../../../lib/format.ts';
import { categoryLabel, t } from '../../../lib/i18n.ts';

function Deadline({
  deadline,
  note,
  missed,
}: {
  deadline: string | null;
  note: string | null;
  missed: boolean;
}) {
  if (!deadline && !note) return <>{t('commitment.noDeadline')}</>;
  // The note is written in English only (the data has no Korean field for it).
  const picked = note ? pickText(note, null) : null;
  return (
    <>
      {deadline ? <time dateTime={deadline}>{formatDate(deadline)}</time> : null}
      {missed ? <DeadlineMissed className="facts__missed" /> : null}
      {picked ? (
        <span className="facts__note">
          <span lang={picked.lang}>{picked.text}</span>
          {picked.untranslated ? <UntranslatedMark /> : null}
        </span>
      ) : null}
    </>
  );
}

/** The clause as agreed (paraphrased; written in English only, so marked as such on a Korean page). */
export function CommitmentClause({ text }: { text: string }) {
  const clause = pickText(text, null);
  return (
    <section className="commitment__clause" aria-labelledby="clause-heading">
      <h2 id="clause-heading" className="section-heading">
        {t('commitment.clause')}
      </h2>
      <p className="clause-text" lang={clause.lang}>
        {clause.text}
      </p>
      {clause.untranslated ? (
        <p className="clause-note">
          <UntranslatedMark />
        </p>
      ) : null}
    </section>
  );
}

/** The clause's particulars: article, category, who is responsible, deadline, agreement. */
export function CommitmentFacts({ commitment }: { commitment: CommitmentDetail }) {
  const { agreement } = commitment;
  // Judged on the date the reader came from (?asOf=), else today, with the status of that day.
  const day = useAsOf() ?? todayIso();
  const missed = deadlineState(commitment, day) === 'missed';
  const agreementTitle = pickText(agreement.title, agreement.titleKo);
  const agreementOther = otherText(agreement.title, agreement.titleKo);
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
          <Deadline deadline={commitment.deadline} note={commitment.deadlineNote} missed={missed} />
        </dd>
        <dt>{t('commitment.agreement')}</dt>
        <dd>
          {agreement.sourceUrl ? (
            <a href={agreement.sourceUrl} rel="external" lang={agreementTitle.lang}>
              {agreementTitle.text}
            </a>
          ) : (
            <span lang={agreementTitle.lang}>{agreementTitle.text}</span>
          )}
          {agreementTitle.untranslated ? <UntranslatedMark /> : null}
          {agreementOther ? (
            <span className="facts__note" lang={agreementOther.lang}>
              {agreementOther.text}
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
