import './status-counts.css';
import type { StatusCounts as Counts } from '../../../../shared/contracts/public.ts';
import { STATUS_KEYS } from '../../../../shared/domain/status.ts';
import { StatusBadge } from './status-badge.tsx';
import { statusMeaning, t } from '../../lib/i18n.ts';
import { StatusBar } from './status-bar.tsx';

interface StatusCountsProps {
  counts: Partial<Counts>;
  total: number;
}

/** How many commitments sit at each of the seven statuses; every status is listed, zeros included. */
export function StatusCounts({ counts, total }: StatusCountsProps) {
  return (
    <section className="status-counts" aria-labelledby="status-counts-heading">
      <h2 id="status-counts-heading" className="section-heading">
        {t('dashboard.counts.heading')}
      </h2>
      <StatusBar counts={counts} total={total} />
      <dl className="status-counts__list">
        {STATUS_KEYS.map((status) => {
          const count = counts[status] ?? 0;
          return (
            <div
              key={status}
              className={`status-counts__item${count === 0 ? ' status-counts__item--zero' : ''}`}
            >
              <dt>
                <StatusBadge status={status} variant="plain" />
              </dt>
              <dd className="status-counts__count">{count}</dd>
              <dd className="status-counts__meaning">{statusMeaning(status)}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
