import { useState, type ReactNode } from 'react';
import { t } from '../../../lib/i18n.ts';

/**
 * On a phone the filters fold away behind one line ("Filters · 2 on"), open when the page came with filters
 * on; wider screens always show them (dashboard.css). A <details>, so it folds without JavaScript too.
 */
export function FiltersFold({ active, children }: { active: number; children: ReactNode }) {
  // Only the first render decides: clearing the last filter must not snap the fold shut under the reader.
  const [openAtFirst] = useState(active > 0);
  return (
    <details className="filters-fold" open={openAtFirst}>
      <summary className="filters-fold__summary">
        {active > 0
          ? t(active === 1 ? 'filters.foldActive.one' : 'filters.foldActive.other', { count: active })
          : t('filters.fold')}
      </summary>
      {children}
    </details>
  );
}
