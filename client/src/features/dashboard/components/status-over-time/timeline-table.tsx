import type { IsoDate } from '../../../../../../shared/domain/dates.ts';
import { countsOn } from '../../../../../../shared/domain/status-timeline.ts';
import { STATUS_KEYS } from '../../../../../../shared/domain/status.ts';
import { formatDate } from '../../../../lib/format.ts';
import { statusLabel, t } from '../../../../lib/i18n.ts';
import { titleOf } from './timeline-period.ts';
import { tableDays, type TimelineModel } from './timeline-model.ts';

function dayLabel(day: IsoDate, model: TimelineModel, asOf: IsoDate | undefined): string {
  const date = formatDate(day);
  if (day === model.end) return t('timeline.table.today', { date });
  if (day === asOf) return t('timeline.table.shown', { date });
  if (day === model.start) return t('timeline.table.start', { date });
  return date;
}

/** The chart's data as tables, for screen readers and for anyone who wants the exact dates and numbers. */
export function TimelineTables({ model, asOf }: { model: TimelineModel; asOf: IsoDate | undefined }) {
  const days = tableDays(model.start, model.end, asOf);
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
          <tbody>
            {model.rows.map((row) => (
              <tr key={row.commitment.slug}>
                <th scope="row">
                  <span className="tl-table__ref">{row.commitment.articleRef}</span> {titleOf(row.commitment)}
                </th>
                <td>
                  {row.periods.length === 1 && row.periods[0]?.status === 'not_started' ? (
                    t('timeline.table.neverStarted')
                  ) : (
                    <ol className="tl-table__changes">
                      {row.periods.map((period) => (
                        <li key={period.from}>
                          <time dateTime={period.from}>{formatDate(period.from)}</time>:{' '}
                          {statusLabel(period.status)}
                        </li>
                      ))}
                    </ol>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
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
