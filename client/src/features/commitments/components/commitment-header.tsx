import { Link } from 'react-router';
import type { CommitmentDetail } from '../../../../../shared/contracts/public.ts';
import { otherText, pickText, UntranslatedMark } from '../../../components/ui/localized.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { decidingUpdate } from '../../../../../shared/domain/current-status.ts';
import { useAsOf, withAsOf } from '../../../lib/as-of.ts';
import { articleRefText, formatAtPrecision } from '../../../lib/evidence.ts';
import { categoryLabel, t } from '../../../lib/i18n.ts';
import { AsOfBanner } from './as-of-banner.tsx';

/**
 * Back link, where the clause sits, the title in the reader's language (the other below it) and the current
 * status; read at a past date, the status on that date first, and the back link returns to that date.
 */
export function CommitmentHeader({ commitment }: { commitment: CommitmentDetail }) {
  const asOf = useAsOf();
  const agreementTitle = pickText(commitment.agreement.title, commitment.agreement.titleKo);
  const title = pickText(commitment.title, commitment.titleKo);
  const other = otherText(commitment.title, commitment.titleKo);
  // The update that sets the current status, for the date of the last update at its precision.
  const latest = decidingUpdate(
    commitment.updates.map((u) => ({ ...u, retractedAt: u.retraction?.at ?? null })),
  );
  return (
    <header className="commitment-header">
      {asOf ? <AsOfBanner updates={commitment.updates} asOf={asOf} /> : null}
      <p className="commitment-header__back">
        <Link to={withAsOf('/', asOf)}>
          <span aria-hidden="true">← </span>
          {t('commitment.back')}
        </Link>
      </p>
      <p className="eyebrow">
        <span lang={agreementTitle.lang}>{agreementTitle.text}</span> ·{' '}
        {articleRefText(commitment.articleRef)} · {categoryLabel(commitment.category)}
      </p>
      <h1 className="commitment-header__title" lang={title.lang}>
        {title.text}
      </h1>
      {other ? (
        <p className="commitment-header__title-alt" lang={other.lang}>
          {other.text}
        </p>
      ) : null}
      {title.untranslated ? (
        <p className="commitment-header__title-alt">
          <UntranslatedMark />
        </p>
      ) : null}
      <p className="commitment-header__status">
        <span className="commitment-header__status-label">{t('commitment.currentStatus')}</span>
        <StatusBadge status={commitment.status} size="large" />
        {latest ? (
          <span className="muted">
            {t('commitment.lastUpdate', {
              date: formatAtPrecision(latest.effectiveOn, latest.datePrecision),
            })}
          </span>
        ) : null}
      </p>
    </header>
  );
}
