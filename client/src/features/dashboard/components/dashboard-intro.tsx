import { Link } from 'react-router';
import type { Dashboard } from '../../../../../shared/contracts/public.ts';
import type { IsoDate } from '../../../../../shared/domain/dates.ts';
import { formatDate } from '../../../lib/format.ts';
import { t, tCount } from '../../../lib/i18n.ts';
import { AsOfControl } from './as-of-control.tsx';

interface DashboardIntroProps {
  dashboard: Dashboard;
  /** The date the reader asked for, if any; absent means "today". */
  requestedAsOf: IsoDate | undefined;
  onAsOfChange: (asOf: IsoDate | undefined) => void;
}

/** The page's h1, what the product is, and which date the picture below describes. */
export function DashboardIntro({ dashboard, requestedAsOf, onAsOfChange }: DashboardIntroProps) {
  const firstSigning = dashboard.agreements.map((a) => a.signedOn).sort()[0];
  const asOfText = t(requestedAsOf ? 'dashboard.asOfPast' : 'dashboard.asOfToday', {
    date: formatDate(dashboard.asOf),
  });
  return (
    <header className="dashboard-intro">
      <h1 className="dashboard-intro__title">{t('dashboard.heading')}</h1>
      <p className="dashboard-intro__lead">{t('dashboard.lead')}</p>
      <div className="dashboard-intro__bar">
        <div className={`dashboard-intro__facts${requestedAsOf ? ' dashboard-intro__facts--past' : ''}`}>
          <p className="dashboard-intro__date">
            <strong>{asOfText}</strong>
          </p>
          <p className="dashboard-intro__more">
            <span>{tCount('dashboard.total', dashboard.commitments.length)}</span>
            {dashboard.lastUpdateOn ? (
              <span>{t('dashboard.lastUpdate', { date: formatDate(dashboard.lastUpdateOn) })}</span>
            ) : null}
            <Link to="/updates">{t('dashboard.latestUpdates')}</Link>
          </p>
        </div>
        <AsOfControl asOf={requestedAsOf} min={firstSigning} onChange={onAsOfChange} />
      </div>
    </header>
  );
}
