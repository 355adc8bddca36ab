import type { ReactNode } from 'react';
import type { CommitmentDetail, Review } from '../../../../../shared/contracts/public.ts';
import { todayIso } from '../../../../../shared/domain/dates.ts';
import { deadlineState } from '../../../../../shared/domain/deadlines.ts';
import { DeadlineStatus } from '../../../components/ui/deadline.tsx';
import { otherText, pickText, UntranslatedMark } from '../../../components/ui/localized.tsx';
import { useAsOf } from '../../../lib/as-of.ts';
import { articleRefText, partyNames } from '../../../lib/evidence.ts';
import { formatDate } from '../../../lib/format.ts';
import { categoryLabel, t } from '../../../lib/i18n.ts';

function Deadline({ commitment }: { commitment: CommitmentDetail }) {
  // Judged on the date the reader came from (?asOf=), else today, by the shared rule.
  const day = useAsOf() ?? todayIso();
  const { deadline, deadlineNote, deadlineNoteKo, deadlineMetOn } = commitment;
  if (!deadline && !deadlineNote) return <>{t('commitment.noDeadline')}</>;
  const picked = deadlineNote ? pickText(deadlineNote, deadlineNoteKo) : null;
  return (
    <>
      {deadline ? <time dateTime={deadline}>{formatDate(deadline)}</time> : null}
      <DeadlineStatus
        className="facts__deadline-state"
        state={deadlineState(commitment, day)}
        deadline={deadline}
        deadlineMetOn={deadlineMetOn}
      />
      {picked ? (
        <span className="facts__note">
          <span lang={picked.lang}>{picked.text}</span>
          {picked.untranslated ? <UntranslatedMark /> : null}
        </span>
      ) : null}
    </>
  );
}

/** The clause as agreed (the project's paraphrase), in Korean on a Korean page where there is one. */
/** The clause; `children` (its related clauses) follow it in the same column. */
export function CommitmentClause({
  text,
  textKo,
  children,
}: {
  text: string;
  textKo: string | null;
  children?: ReactNode;
}) {
  const clause = pickText(text, textKo);
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
      {children}
    </section>
  );
}

/** A review's note is data written in English (there is no Korean field): marked so on a Korean page. */
function ReviewNote({ note }: { note: string | null }) {
  if (!note) return <>{t('commitment.reviewNoNote')}</>;
  const picked = pickText(note, null);
  return (
    <>
      <span lang={picked.lang}>{picked.text}</span>
      {picked.untranslated ? <UntranslatedMark /> : null}
    </>
  );
}

/** How far the record was checked, and the analysts' reviews that found no change, newest first. */
function Checked({ reviewedThrough, reviews }: { reviewedThrough: string | null; reviews: Review[] }) {
  return (
    <>
      {reviewedThrough ? (
        <time dateTime={reviewedThrough}>{formatDate(reviewedThrough)}</time>
      ) : (
        t('commitment.neverChecked')
      )}
      {reviews.length > 0 ? (
        <ul className="facts__reviews" aria-label={t('commitment.reviews')}>
          {reviews.map((review) => (
            <li key={review.id}>
              <time dateTime={review.reviewedOn}>{formatDate(review.reviewedOn)}</time>
              {': '}
              <ReviewNote note={review.note} />{' '}
              <span className="facts__note">{t('commitment.recordedBy', { name: review.author })}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** The clause's particulars: article, category, who is responsible, deadline, checks, agreement. */
export function CommitmentFacts({ commitment }: { commitment: CommitmentDetail }) {
  const { agreement, partyRegistry } = commitment;
  const agreementTitle = pickText(agreement.title, agreement.titleKo);
  const agreementOther = otherText(agreement.title, agreement.titleKo);
  return (
    <aside className="commitment__facts" aria-labelledby="facts-heading">
      <h2 id="facts-heading" className="section-heading">
        {t('commitment.details')}
      </h2>
      <dl className="facts">
        <dt>{t('commitment.article')}</dt>
        <dd>{articleRefText(commitment.articleRef)}</dd>
        <dt>{t('commitment.category')}</dt>
        <dd>{categoryLabel(commitment.category)}</dd>
        <dt>{t('commitment.parties')}</dt>
        <dd>{partyNames(commitment.parties, partyRegistry)}</dd>
        <dt>{t('commitment.deadline')}</dt>
        <dd>
          <Deadline commitment={commitment} />
        </dd>
        <dt>{t('commitment.checkedThrough')}</dt>
        <dd>
          <Checked reviewedThrough={commitment.reviewedThrough} reviews={commitment.reviews} />
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
            {t('commitment.signed', {
              date: formatDate(agreement.signedOn),
              place: pickText(agreement.place, agreement.placeKo).text,
            })}
          </span>
        </dd>
      </dl>
    </aside>
  );
}
