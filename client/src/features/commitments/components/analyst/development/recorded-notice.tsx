import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { Development } from '../../../../../../../shared/contracts/public.ts';
import { statusLabel, t } from '../../../../../lib/i18n-tools.ts';

export type Recorded = Development;

/** After publishing: what was written, with a link to each commitment it moved. */
export function RecordedNotice({ recorded }: { recorded: Recorded }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [recorded]);
  return (
    <div ref={ref} tabIndex={-1} className="form-alert form-alert--success" role="status">
      <p className="form-alert__title">{t('development.published', { count: recorded.effects.length })}</p>
      <ul>
        {recorded.effects.map((effect) => (
          <li key={effect.slug}>
            <Link to={`/commitments/${effect.slug}`}>{effect.title}</Link>: {statusLabel(effect.status)}
          </li>
        ))}
      </ul>
    </div>
  );
}
