import type { Agreement, CommitmentSummary } from '../../../../../shared/contracts/public.ts';
import { formatDate } from '../../../lib/format.ts';
import { t, tCount } from '../../../lib/i18n.ts';
import { CommitmentRow } from './commitment-row.tsx';

interface AgreementSectionProps {
  agreement: Agreement;
  commitments: CommitmentSummary[];
}

/** One agreement: its title, when and where it was signed, and its commitments in clause order. */
export function AgreementSection({ agreement, commitments }: AgreementSectionProps) {
  const headingId = `agreement-${agreement.slug}`;
  const ordered = [...commitments].sort((a, b) => a.position - b.position);
  return (
    <section className="agreement" aria-labelledby={headingId}>
      <header className="agreement__header">
        <h2 id={headingId} className="agreement__title">
          {agreement.title}
        </h2>
        {agreement.titleKo ? (
          <p className="agreement__title-ko" lang="ko">
            {agreement.titleKo}
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
          <span>{tCount('dashboard.total', ordered.length)}</span>
          {agreement.sourceUrl ? (
            <span>
              <a href={agreement.sourceUrl} rel="external">
                {t('dashboard.agreement.source')}
              </a>
            </span>
          ) : null}
        </p>
        {agreement.summary ? <p className="agreement__summary">{agreement.summary}</p> : null}
      </header>
      <ol
        className="commitment-list"
        aria-label={t('dashboard.agreement.listLabel', { title: agreement.title })}
      >
        {ordered.map((commitment) => (
          <CommitmentRow key={commitment.slug} commitment={commitment} />
        ))}
      </ol>
    </section>
  );
}
