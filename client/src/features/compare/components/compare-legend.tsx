import { Link } from 'react-router';
import type { Compare } from '../../../../../shared/contracts/public.ts';
import { pickText } from '../../../components/ui/localized.tsx';
import { formatDate } from '../../../lib/format.ts';
import { ct } from '../compare-text.ts';
import { LINE_STYLES } from './compare-chart.tsx';

/** Each line's key (its stroke as drawn) and what it says in words: now, the peak, the falls. */
export function CompareLegend({ series }: { series: Compare['agreements'] }) {
  return (
    <ul className="compare-legend" aria-label={ct('legend')}>
      {series.map((agreement, index) => {
        const title = pickText(agreement.title, agreement.titleKo);
        const last = agreement.points.at(-1)!;
        const words = [
          ct('now', { percent: last.percent, done: last.done, total: last.total }),
          agreement.peak
            ? ct('peak', { percent: agreement.peak.percent, date: formatDate(agreement.peak.date) })
            : ct('neverRose'),
          ...(agreement.falls.length > 0
            ? [ct('falls', { dates: agreement.falls.map((fall) => formatDate(fall.date)).join(', ') })]
            : []),
        ];
        return (
          <li key={agreement.slug} className={`compare-legend__item compare-series--${index % LINE_STYLES}`}>
            <svg
              className="compare-legend__swatch"
              width="36"
              height="12"
              viewBox="0 0 36 12"
              aria-hidden="true"
            >
              <path className="compare-line" d="M1,6H35" />
            </svg>
            <span>
              <Link to={`/agreements/${encodeURIComponent(agreement.slug)}`} lang={title.lang}>
                {title.text}
              </Link>
              <span className="compare-legend__words">{words.join(' · ')}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
