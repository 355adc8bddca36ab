import { Link } from 'react-router';
import type { IsoDate } from '../../../../../shared/domain/dates.ts';
import type { Progress } from '../../../../../shared/domain/progress.ts';
import { formatDate } from '../../../lib/format.ts';
import { t, tCount } from '../../../lib/i18n.ts';
import { yearPart, type ProgressHistory } from '../lib/progress-history.ts';
import { ProgressLine } from './progress-line.tsx';
import './headline.css';

/** "mid-2021": when a peak was reached, as roughly as a headline says it. */
function roughly(date: IsoDate): string {
  const { part, year } = yearPart(date);
  return t(`headline.part.${part}`, { year });
}

function Trend({ history }: { history: ProgressHistory }) {
  const { now, peak } = history;
  if (!peak) return <p className="headline__trend">{t('headline.trend.none')}</p>;
  const down = now.done < peak.done;
  return (
    <p className={`headline__trend${down ? ' headline__trend--down' : ''}`}>
      <span className="headline__trend-mark" aria-hidden="true">
        {down ? '▼ ' : '▲ '}
      </span>
      {down
        ? t('headline.trend.down', { peak: peak.done, when: roughly(peak.date) })
        : t('headline.trend.peak', { when: roughly(peak.date) })}
    </p>
  );
}

interface DashboardHeadlineProps {
  /** The figure on the date the page shows. */
  progress: Progress;
  /** How it got there; undefined while the timeline loads (after a client-side navigation only). */
  history: ProgressHistory | undefined;
  /** The past date the page shows, with today's figure beside it; undefined for today. */
  past: { date: IsoDate; today: Progress | undefined; todayHref: string } | undefined;
}

/**
 * The first figure a reader sees: how many commitments stand Implemented or Partially implemented, which way
 * that number has gone since its peak, and a small line of it over time. Defined on /about (#about-progress).
 */
export function DashboardHeadline({ progress, history, past }: DashboardHeadlineProps) {
  if (progress.percent === null) return null;
  const when = past ? t('progress.on', { date: formatDate(past.date) }) : t('progress.today');
  return (
    <section className="headline" aria-labelledby="headline-heading">
      <h2 id="headline-heading" className="section-heading">
        {t('progress.heading')}
      </h2>
      <p className="headline__figure">
        <span className="headline__count">{progress.done}</span>{' '}
        <span className="headline__text">
          <span className="headline__label">{tCount('headline.of', progress.total)}</span>{' '}
          <span className="headline__when">{t('headline.when', { when, percent: progress.percent })}</span>
        </span>
      </p>
      {/* Both keep their room while the timeline loads, so nothing below moves when it arrives. */}
      <div className="headline__story">
        {history ? <Trend history={history} /> : <p className="headline__trend" />}
        {history ? <ProgressLine history={history} /> : <div className="progress-line" />}
      </div>
      {past?.today ? (
        <p className="headline__today">
          {t('headline.today', { done: past.today.done, total: past.today.total })} ·{' '}
          <Link to={past.todayHref}>{t('asOf.seeToday')}</Link>
        </p>
      ) : null}
      <p className="progress__definition">
        <Link to="/about#about-progress">{t('progress.howMeasured')}</Link>
      </p>
    </section>
  );
}
