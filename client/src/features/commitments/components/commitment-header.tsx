import { Link } from 'react-router';
import type { CommitmentDetail } from '../../../../../shared/contracts/public.ts';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { formatDate } from '../../../lib/format.ts';
import { categoryLabel, t } from '../../../lib/i18n.ts';

/** Back link, where the clause sits, the title in both languages and the current status. */
export function CommitmentHeader({ commitment }: { commitment: CommitmentDetail }) {
  return (
    <header className="commitment-header">
      <p className="commitment-header__back">
        <Link to="/">
          <span aria-hidden="true">← </span>
          {t('commitment.back')}
        </Link>
      </p>
      <p className="eyebrow">
        {commitment.agreement.title} · {commitment.articleRef} · {categoryLabel(commitment.category)}
      </p>
      <h1 className="commitment-header__title">{commitment.title}</h1>
      {commitment.titleKo ? (
        <p className="commitment-header__title-ko" lang="ko">
          {commitment.titleKo}
        </p>
      ) : null}
      <p className="commitment-header__status">
        <span className="commitment-header__status-label">{t('commitment.currentStatus')}</span>
        <StatusBadge status={commitment.status} size="large" />
        {commitment.lastUpdateOn ? (
          <span className="muted">
            {t('commitment.lastUpdate', { date: formatDate(commitment.lastUpdateOn) })}
          </span>
        ) : null}
      </p>
    </header>
  );
}
