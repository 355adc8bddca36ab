import { useState, type ReactNode } from 'react';
import { t } from '../../../lib/i18n-tools.ts';

interface CappedListProps<T> {
  items: readonly T[];
  /** How many show before "Show all". */
  cap?: number;
  itemKey(item: T): string | number;
  render(item: T): ReactNode;
  ordered?: boolean;
}

/** A list that shows its first few items, and the rest on request (a long record stays scannable). */
export function CappedList<T>({ items, cap = 8, itemKey, render, ordered = false }: CappedListProps<T>) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, cap);
  const List = ordered ? 'ol' : 'ul';
  return (
    <>
      <List className="workspace-list">
        {shown.map((item) => (
          <li key={itemKey(item)}>{render(item)}</li>
        ))}
      </List>
      {items.length > cap && !all ? (
        <p>
          <button type="button" className="link-button" onClick={() => setAll(true)}>
            {t('workspaceHome.showAll')} ({t('workspaceHome.more', { count: items.length - cap })})
          </button>
        </p>
      ) : null}
    </>
  );
}
