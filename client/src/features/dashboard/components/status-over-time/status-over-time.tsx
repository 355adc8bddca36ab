import { useMemo } from 'react';
import type { Agreement, CommitmentSummary } from '../../../../../../shared/contracts/public.ts';
import { todayIso, type IsoDate } from '../../../../../../shared/domain/dates.ts';
import { STATUS_KEYS } from '../../../../../../shared/domain/status.ts';
import { StatusBadge } from '../../../../components/ui/status-badge.tsx';
import { formatDate } from '../../../../lib/format.ts';
import { t } from '../../../../lib/i18n.ts';
import { useTimeline } from '../../api/get-timeline.ts';
import { TimelineChart } from './timeline-chart.tsx';
import { chartHeights } from './timeline-layout.ts';
import { buildTimelineModel } from './timeline-model.ts';
import { PatternSwatch, TimelinePatterns } from './timeline-patterns.tsx';
import { TimelineTables } from './timeline-table.tsx';
import { useWidth } from '../../../../lib/use-width.ts';
import { useTextMeasuring } from './timeline-tooltip.tsx';
import './status-over-time.css';

interface StatusOverTimeProps {
  /** The commitments to draw (those the filters keep), in the dashboard's order. */
  commitments: CommitmentSummary[];
  agreements: Agreement[];
  /** The date the dashboard shows, marked with a vertical line. */
  asOf: IsoDate | undefined;
  filtered: boolean;
  /** The chart's data tables start open (the phone's "Table" view). */
  tablesOpen?: boolean;
}

/** The width the server draws the chart at; without JavaScript, CSS scales it to the page's width. */
const DRAWN_WIDTH = 720;

function Legend() {
  return (
    <ul className="tl-legend" aria-label={t('timeline.legend')}>
      {STATUS_KEYS.map((status) => (
        <li key={status} className="tl-legend__item">
          <PatternSwatch status={status} />
          <StatusBadge status={status} variant="plain" />
        </li>
      ))}
    </ul>
  );
}

/** "Status over time": every commitment's status from its signing to today, and the totals. Loaded lazily. */
export default function StatusOverTime({
  commitments,
  agreements,
  asOf,
  filtered,
  tablesOpen = false,
}: StatusOverTimeProps) {
  const timeline = useTimeline();
  const [frame, width] = useWidth<HTMLDivElement>(DRAWN_WIDTH);
  useTextMeasuring();
  const today = todayIso();
  const model = useMemo(
    () => (timeline.data ? buildTimelineModel(commitments, agreements, timeline.data, today) : null),
    [timeline.data, commitments, agreements, today],
  );

  // The server draws at DRAWN_WIDTH, scaled to the frame; the browser redraws at the frame's width, taller on
  // a phone: the frame keeps that height from the first paint (status-over-time.css), so nothing below moves.
  const heights = useMemo(() => (model && model.rows.length > 0 ? chartHeights(model) : undefined), [model]);

  let body;
  if (timeline.isPending) body = <p className="tl-state">{t('timeline.loading')}</p>;
  else if (timeline.isError)
    body = (
      <div className="tl-state" role="alert">
        <p>{t('timeline.error')}</p>
        <button type="button" className="button button--quiet" onClick={() => void timeline.refetch()}>
          {t('state.retry')}
        </button>
      </div>
    );
  else if (!model) body = <p className="tl-state">{t('timeline.empty')}</p>;
  else if (model.rows.length === 0) body = <p className="tl-state">{t('timeline.noMatch')}</p>;
  else if (width > 0) body = <TimelineChart model={model} width={Math.max(300, width)} asOf={asOf} />;

  return (
    <figure className="timeline" aria-describedby="timeline-description">
      <figcaption className="timeline__caption">{t('timeline.caption')}</figcaption>
      <p id="timeline-description" className="timeline__description">
        {model
          ? t('timeline.description', { from: formatDate(model.start) })
          : t('timeline.descriptionShort')}{' '}
        {filtered
          ? t(commitments.length === 1 ? 'timeline.filtered.one' : 'timeline.filtered.other', {
              count: commitments.length,
            })
          : null}
      </p>
      <TimelinePatterns />
      <Legend />
      <div
        ref={frame}
        className="timeline__frame"
        data-narrow-height={heights?.narrow}
        data-wide-height={heights?.wide}
      >
        {body}
      </div>
      {model ? <p className="timeline__hint">{t('timeline.hint')}</p> : null}
      {model ? (
        <details className="timeline__data" open={tablesOpen}>
          <summary>{t('timeline.data')}</summary>
          <TimelineTables model={model} asOf={asOf} />
        </details>
      ) : null}
    </figure>
  );
}
