import { Link } from 'react-router';
import type { Agreement, CommitmentSummary, Party } from '../../../../../shared/contracts/public.ts';
import type { IsoDate } from '../../../../../shared/domain/dates.ts';
import { CommitmentRow } from '../../../components/ui/commitment-row.tsx';
import { otherText, pickText, UntranslatedMark } from '../../../components/ui/localized.tsx';
import { withAsOf } from '../../../lib/as-of.ts';
import { partyNames } from '../../../lib/evidence.ts';
import { useFollowInApp } from '../../../lib/follow-in-app.ts';
import { formatDate } from '../../../lib/format.ts';
import { t, tCount } from '../../../lib/i18n.ts';

/** The summary in the page's language; English on a Korean page is marked as untranslated. */
function AgreementSummary({ summary, summaryKo }: { summary: string; summaryKo: string | null }) {
  const picked = pickText(summary, summaryKo);
  return (
    <p className="agreement__summary">
      <span lang={picked.lang}>{picked.text}</span>
      {picked.untranslated ? <UntranslatedMark /> : null}
    </p>
  );
}

interface AgreementSectionProps {
  agreement: Agreement;
  /** The commitments to list (those that pass the filters), in clause order. */
  commitments: CommitmentSummary[];
  /** How many the agreement has in all, to say "5 of 16" when filtered. */
  total: number;
  asOf: IsoDate | undefined;
  partyRegistry: readonly Party[];
}

/** One agreement: its title (a link to its page), when and where it was signed, and its commitments. */
export function AgreementSection({
  agreement,
  commitments,
  total,
  asOf,
  partyRegistry,
}: AgreementSectionProps) {
  const headingId = `agreement-${agreement.slug}`;
  const followInApp = useFollowInApp();
  const title = pickText(agreement.title, agreement.titleKo);
  const other = otherText(agreement.title, agreement.titleKo);
  return (
    <section className="agreement" aria-labelledby={headingId}>
      <header className="agreement__header">
        <h2 id={headingId} className="agreement__title">
          <Link to={withAsOf(`/agreements/${agreement.slug}`, asOf)} lang={title.lang}>
            {title.text}
          </Link>
          {title.untranslated ? <UntranslatedMark /> : null}
        </h2>
        {other ? (
          <p className="agreement__title-ko" lang={other.lang}>
            {other.text}
          </p>
        ) : null}
        <p className="agreement__meta">
          <span>
            {t('dashboard.agreement.signed', {
              date: formatDate(agreement.signedOn),
              place: pickText(agreement.place, agreement.placeKo).text,
            })}
          </span>
          {agreement.parties.length > 0 ? (
            <span>
              {t('dashboard.agreement.parties', { parties: partyNames(agreement.parties, partyRegistry) })}
            </span>
          ) : null}
          <span>
            {commitments.length === total
              ? tCount('dashboard.total', total)
              : t('dashboard.agreement.shown', { count: commitments.length, total })}
          </span>
          {agreement.sourceUrl ? (
            <span>
              <a href={agreement.sourceUrl} rel="external">
                {t('dashboard.agreement.source')}
              </a>
            </span>
          ) : null}
        </p>
        {agreement.summary ? (
          <AgreementSummary summary={agreement.summary} summaryKo={agreement.summaryKo} />
        ) : null}
      </header>
      <ol
        className="commitment-list"
        aria-label={t('dashboard.agreement.listLabel', { title: title.text })}
        onClick={followInApp}
      >
        {commitments.map((commitment) => (
          <CommitmentRow key={commitment.slug} commitment={commitment} asOf={asOf} />
        ))}
      </ol>
    </section>
  );
}
