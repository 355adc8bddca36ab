import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Dashboard } from '../../../../../shared/contracts/public.ts';
import type { IsoDate } from '../../../../../shared/domain/dates.ts';
import { pickText } from '../../../components/ui/localized.tsx';
import { formatDate } from '../../../lib/format.ts';
import { t, tCount } from '../../../lib/i18n.ts';
import { checkedThrough } from '../lib/checked-through.ts';
import { AsOfControl } from './as-of-control.tsx';

interface DashboardIntroProps {
  dashboard: Dashboard;
  /** The date the reader asked for, if any; absent means "today". */
  requestedAsOf: IsoDate | undefined;
  onAsOfChange: (asOf: IsoDate | undefined) => void;
  /** The headline figure: first after the title, so a phone's first screen tells the story. */
  children?: ReactNode;
}

/** "Record checked through 19 Feb 2026", and how many commitments nobody has checked yet. */
function CheckedThroughNote({ dashboard }: { dashboard: Dashboard }) {
  const { date, unchecked } = checkedThrough(dashboard);
  if (!date) return <p className="dashboard-intro__checked">{t('dashboard.neverChecked')}</p>;
  return (
    <p className="dashboard-intro__checked">
      <span className="dashboard-intro__checked-mark" aria-hidden="true">
        ✓{' '}
      </span>
      {t('dashboard.checkedThrough', { date: formatDate(date) })}
      {unchecked > 0 ? <span>{` · ${tCount('dashboard.unchecked', unchecked)}`}</span> : null}
    </p>
  );
}

/** "2018" or "2018-2019": the years the tracked agreements were signed, for the page's title. */
export function signingYears(agreements: Dashboard['agreements']): string {
  const years = [...new Set(agreements.map((a) => a.signedOn.slice(0, 4)))].sort();
  if (years.length <= 1) return years[0] ?? '';
  return `${years[0]}–${years.at(-1)}`;
}

/** The agreements tracked, each a link to its page. */
function TrackedAgreements({ agreements }: { agreements: Dashboard['agreements'] }) {
  if (agreements.length === 0) return null;
  return (
    <p className="dashboard-intro__tracked">
      <span>{t('dashboard.tracking')}</span>{' '}
      {[...agreements]
        .sort((a, b) => a.signedOn.localeCompare(b.signedOn))
        .map((agreement, index) => {
          const title = pickText(agreement.title, agreement.titleKo);
          return (
            <span key={agreement.slug}>
              {index > 0 ? ' · ' : null}
              <Link to={`/agreements/${agreement.slug}`} lang={title.lang}>
                {title.text}
              </Link>
            </span>
          );
        })}
    </p>
  );
}

/** The page's h1, what the product is, which date the picture below describes and how far it is checked. */
export function DashboardIntro({ dashboard, requestedAsOf, onAsOfChange, children }: DashboardIntroProps) {
  const firstSigning = dashboard.agreements.map((a) => a.signedOn).sort()[0];
  const asOfText = t(requestedAsOf ? 'dashboard.asOfPast' : 'dashboard.asOfToday', {
    date: formatDate(dashboard.asOf),
  });
  return (
    <header className="dashboard-intro">
      <h1 className="dashboard-intro__title">
        {dashboard.agreements.length > 0
          ? t('dashboard.heading', { years: signingYears(dashboard.agreements) })
          : t('dashboard.headingNone')}
      </h1>
      <p className="dashboard-intro__lead">{t('dashboard.lead')}</p>
      {children}
      <div className="dashboard-intro__bar">
        <div className={`dashboard-intro__facts${requestedAsOf ? ' dashboard-intro__facts--past' : ''}`}>
          <p className="dashboard-intro__date">
            <strong>{asOfText}</strong>
          </p>
          <CheckedThroughNote dashboard={dashboard} />
          <p className="dashboard-intro__more">
            <span>{tCount('dashboard.total', dashboard.commitments.length)}</span>
            {dashboard.lastUpdateOn ? (
              <span>{t('dashboard.lastUpdate', { date: formatDate(dashboard.lastUpdateOn) })}</span>
            ) : null}
            <Link to="/updates">{t('dashboard.latestUpdates')}</Link>
            {dashboard.agreements.length > 1 ? <Link to="/compare">{t('compare.link')}</Link> : null}
          </p>
          <TrackedAgreements agreements={dashboard.agreements} />
        </div>
        <AsOfControl asOf={requestedAsOf} min={firstSigning} onChange={onAsOfChange} />
      </div>
    </header>
  );
}
