import { useMemo } from 'react';
import type { IsoDate } from '../../../../../../shared/domain/dates.ts';
import { escapeHtml } from '../../../../../../shared/lib/escape-html.ts';
import { countsOn } from '../../../../../../shared/domain/status-timeline.ts';
import { STATUS_KEYS } from '../../../../../../shared/domain/status.ts';
import { articleRefText } from '../../../../lib/evidence.ts';
import { formatDate } from '../../../../lib/format.ts';
import { statusLabel, t } from '../../../../lib/i18n.ts';
import { useLocale } from '../../../../lib/locale.ts';
import { titleOf } from './timeline-period.ts';
import { tableDays, type TimelineModel } from './timeline-model.ts';

function dayLabel(day: IsoDate, model: TimelineModel, asOf: IsoDate | undefined): string {
  const date = formatDate(day);
  if (day === model.end) return t('timeline.table.today', { date });
  if (day === asOf) return t('timeline.table.shown', { date });
  if (day === model.start) return t('timeline.table.start', { date });
  return date;
}

/**
 * The first table's rows, one per commitment with its changes, as markup: static text that the server draws
 * on every dashboard, faster as one string than as ~600 React elements (decision 078).
 */
function changesRowsMarkup(model: TimelineModel): string {
  return model.rows
    .map(({ commitment, periods }) => {
      const changes =
        periods.length === 1 && periods[0]?.status === 'not_started'
          ? escapeHtml(t('timeline.table.neverStarted'))
          : `<ol class="tl-table__changes">${periods
              .map(
                (period) =>
                  `<li><time datetime="${period.from}">${escapeHtml(formatDate(period.from))}</time>: ` +
                  `${escapeHtml(statusLabel(period.status))}</li>`,
              )
              .join('')}</ol>`;
      return (
        `<tr><th scope="row"><span class="tl-table__ref">${escapeHtml(articleRefText(commitment.articleRef))}</span> ` +
        `${escapeHtml(titleOf(commitment))}</th><td>${changes}</td></tr>`
      );
    })
    .join('');
}

/** The chart's data as tables, for screen readers and for anyone who wants the exact dates and numbers. */
export function TimelineTables({ model, asOf }: { model: TimelineModel; asOf: IsoDate | undefined }) {
  const days = tableDays(model.start, model.end, asOf);
  const locale = useLocale();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the rows are written in the reader's language
  const changes = useMemo(() => ({ __html: changesRowsMarkup(model) }), [model, locale]);
  return (
    <>
      {/* Scrolls sideways on a phone: focusable and named, so the keyboard can scroll it too. */}
      <div className="tl-table-frame" tabIndex={0} role="group" aria-labelledby="tl-table-changes">
        <table className="tl-table">
          <caption id="tl-table-changes">{t('timeline.table.changes')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('timeline.table.commitment')}</th>
              <th scope="col">{t('timeline.table.changesColumn')}</th>
            </tr>
          </thead>
          <tbody dangerouslySetInnerHTML={changes} />
        </table>
      </div>
      <div className="tl-table-frame" tabIndex={0} role="group" aria-labelledby="tl-table-totals">
        <table className="tl-table tl-table--numbers">
          <caption id="tl-table-totals">{t('timeline.table.totals')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('timeline.table.date')}</th>
              {STATUS_KEYS.map((status) => (
                <th key={status} scope="col">
                  {statusLabel(status)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((day) => {
              const counts = countsOn(
                model.rows.filter((row) => row.from <= day).map((row) => row.changes),
                day,
              );
              return (
                <tr key={day} className={day === asOf ? 'tl-table__shown' : undefined}>
                  <th scope="row">{dayLabel(day, model, asOf)}</th>
                  {STATUS_KEYS.map((status) => (
                    <td key={status}>{counts[status]}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
