import { Link } from 'react-router';
import type { Agreement, CommitmentSummary } from '../../../../../shared/contracts/public.ts';
import type { IsoDate } from '../../../../../shared/domain/dates.ts';
import { CommitmentRow } from '../../../components/ui/commitment-row.tsx';
import { otherText, pickText, UntranslatedMark } from '../../../components/ui/localized.tsx';
import { withAsOf } from '../../../lib/as-of.ts';
import { formatDate } from '../../../lib/format.ts';
import { t, tCount } from '../../../lib/i18n.ts';

/** The summary is written in English only, so it is marked as such on a Korean page. */
function AgreementSummary({ summary }: { summary: string }) {
  const picked = pickText(summary, null);
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
  statusOn: IsoDate;
  asOf: IsoDate | undefined;
}

/** One agreement: its title (a link to its page), when and where it was signed, and its commitments. */
export function AgreementSection({ agreement, commitments, total, statusOn, asOf }: AgreementSectionProps) {
  const headingId = `agreement-${agreement.slug}`;
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
              place: agreement.place,
            })}
          </span>
          {agreement.parties.length > 0 ? (
            <span>{t('dashboard.agreement.parties', { parties: agreement.parties.join(', ') })}</span>
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
        {agreement.summary ? <AgreementSummary summary={agreement.summary} /> : null}
      </header>
      <ol className="commitment-list" aria-label={t('dashboard.agreement.listLabel', { title: title.text })}>
        {commitments.map((commitment) => (
          <CommitmentRow key={commitment.slug} commitment={commitment} statusOn={statusOn} asOf={asOf} />
        ))}
      </ol>
    </section>
  );
}
