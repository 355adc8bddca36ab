import { Link } from 'react-router';
import type { Compare } from '../../../../../shared/contracts/public.ts';
import { pickText } from '../../../components/ui/localized.tsx';
import { formatDate } from '../../../lib/format.ts';
import { ct } from '../compare-text.ts';

/** The chart's figures as a table: every point of every agreement, its turning point named. */
export function CompareTable({ series }: { series: Compare['agreements'] }) {
  return (
    <div className="compare-table-wrap">
      <table className="compare-table">
        <caption>{ct('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{ct('colAgreement')}</th>
            <th scope="col">{ct('colDate')}</th>
            <th scope="col">{ct('colDone')}</th>
            <th scope="col">{ct('colShare')}</th>
            <th scope="col">{ct('colTurning')}</th>
          </tr>
        </thead>
        <tbody>
          {series.flatMap((agreement) => {
            const title = pickText(agreement.title, agreement.titleKo);
            const falls = new Map(agreement.falls.map((fall) => [fall.date, fall.fromPercent]));
            return agreement.points.map((point, index) => {
              const from = falls.get(point.date);
              const turning =
                point.date === agreement.peak?.date
                  ? ct('markPeak')
                  : from !== undefined
                    ? ct('markFall', { from })
                    : '';
              return (
                <tr key={`${agreement.slug}:${point.date}`}>
                  {index === 0 ? (
                    <th scope="rowgroup" rowSpan={agreement.points.length} lang={title.lang}>
                      <Link to={`/agreements/${encodeURIComponent(agreement.slug)}`}>{title.text}</Link>
                    </th>
                  ) : null}
                  <td>{formatDate(point.date)}</td>
                  <td>
                    {point.done} / {point.total}
                  </td>
                  <td>{point.percent}%</td>
                  <td>{turning}</td>
                </tr>
              );
            });
          })}
        </tbody>
      </table>
    </div>
  );
}
