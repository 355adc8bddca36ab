import { Link } from 'react-router';
import type { IsoDate } from '../../../../shared/domain/dates.ts';
import { progressChange, type Progress } from '../../../../shared/domain/progress.ts';
import { formatDate } from '../../lib/format.ts';
import { t } from '../../lib/i18n.ts';
import './progress-figure.css';

function ProgressTile({ progress, when }: { progress: Progress; when: string }) {
  return (
    <div className="progress__tile">
      <p className="progress__figure">
        <span className="progress__percent">{progress.percent ?? 0}%</span>{' '}
        <span className="progress__text">
          <span className="progress__label">{t('progress.label')}</span>{' '}
          <span className="progress__when">
            {when} · {t('progress.count', { done: progress.done, total: progress.total })}
          </span>
        </span>
      </p>
      {/* The share as a bar, for the eye; the words carry it. Drawn in SVG units: the CSP allows no inline styles. */}
      <svg
        className="progress__bar"
        viewBox="0 0 100 1"
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <rect className="progress__bar-done" x="0" y="0" width={progress.percent ?? 0} height="1" />
      </svg>
    </div>
  );
}

function changeText(points: number, since: IsoDate): string {
  const date = formatDate(since);
  if (points === 0) return t('progress.change.none', { date });
  const count = Math.abs(points);
  if (points > 0)
    return t(count === 1 ? 'progress.change.up.one' : 'progress.change.up.other', { count, date });
  return t(count === 1 ? 'progress.change.down.one' : 'progress.change.down.other', { count, date });
}

interface ProgressFigureProps {
  /** Today's figure. */
  now: Progress;
  /** The figure on the past date the page shows, if it shows one. */
  past?: { date: IsoDate; progress: Progress } | undefined;
}

/**
 * The headline: the share of commitments Implemented or Partially implemented (shared/domain/progress.ts), today
 * and, when the page shows a past date, on that date with the change since. Defined for readers on /about.
 */
export function ProgressFigure({ now, past }: ProgressFigureProps) {
  if (now.percent === null) return null;
  const change = past ? progressChange(past.progress, now) : null;
  return (
    <section className="progress" aria-labelledby="progress-heading">
      <h2 id="progress-heading" className="section-heading">
        {t('progress.heading')}
      </h2>
      <div className="progress__figures">
        {past ? (
          <ProgressTile progress={past.progress} when={t('progress.on', { date: formatDate(past.date) })} />
        ) : null}
        <ProgressTile progress={now} when={t('progress.today')} />
        {past && change !== null ? (
          <p
            className={`progress__change progress__change--${change > 0 ? 'up' : change < 0 ? 'down' : 'none'}`}
          >
            <span className="progress__change-mark" aria-hidden="true">
              {change > 0 ? '▲' : change < 0 ? '▼' : '='}
            </span>
            {changeText(change, past.date)}
          </p>
        ) : null}
      </div>
      <p className="progress__definition">
        <Link to="/about#about-progress">{t('progress.howMeasured')}</Link>
      </p>
    </section>
  );
}
