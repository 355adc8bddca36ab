import './status-counts.css';
import { Link } from 'react-router';
import type { StatusCounts as Counts } from '../../../../shared/contracts/public.ts';
import { STATUS_KEYS, type StatusKey } from '../../../../shared/domain/status.ts';
import { StatusBadge } from './status-badge.tsx';
import { statusMeaning, t } from '../../lib/i18n.ts';
import { StatusBar } from './status-bar.tsx';

/** Where a tile leads: the list filtered to its status, or (the chosen one) back to every status. */
export interface TileLink {
  to: string;
  label: string;
  current: boolean;
}

interface StatusCountsProps {
  counts: Partial<Counts>;
  total: number;
  /** Makes the tiles links (the dashboard's, which filter its list); none for a tile with nothing to show. */
  linkFor?: (status: StatusKey, count: number) => TileLink | undefined;
}

/** How many commitments sit at each of the seven statuses; every status is listed, zeros included. */
export function StatusCounts({ counts, total, linkFor }: StatusCountsProps) {
  return (
    <section className="status-counts" aria-labelledby="status-counts-heading">
      <h2 id="status-counts-heading" className="section-heading">
        {t('dashboard.counts.heading')}
      </h2>
      <StatusBar counts={counts} total={total} />
      <dl className="status-counts__list">
        {STATUS_KEYS.map((status) => {
          const count = counts[status] ?? 0;
          const link = linkFor?.(status, count);
          const badge = <StatusBadge status={status} variant="plain" />;
          return (
            <div
              key={status}
              className={`status-counts__item${count === 0 ? ' status-counts__item--zero' : ''}${
                link ? ' status-counts__item--link' : ''
              }${link?.current ? ' status-counts__item--current' : ''}`}
            >
              <dt>
                {link ? (
                  // The link covers the whole tile (status-counts.css); its name says what it does.
                  <Link
                    className="status-counts__link"
                    to={link.to}
                    aria-label={link.label}
                    aria-current={link.current ? 'true' : undefined}
                    preventScrollReset
                  >
                    {badge}
                  </Link>
                ) : (
                  badge
                )}
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
