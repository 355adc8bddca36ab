import { useEffect, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import type { StatusUpdate } from '../../../../../shared/contracts/public.ts';
import { useAsOf } from '../../../lib/as-of.ts';
import { t, tCount } from '../../../lib/i18n.ts';
import { UpdateEntry, type EntryContext } from './update-entry.tsx';

interface UpdateHistoryProps {
  updates: StatusUpdate[];
  context: EntryContext;
  entryActions?: (update: StatusUpdate) => ReactNode;
}

/** Every status update, newest first as the API sends them; retracted ones stay, struck through. */
export function UpdateHistory({ updates, context, entryActions }: UpdateHistoryProps) {
  // Opened at a past date (?asOf=): the entries dated after it are marked.
  const asOf = useAsOf();
  // A link to one entry (from /updates: #update-ID) brings it into view once the history is drawn.
  const { hash } = useLocation();
  const drawn = updates.length > 0;
  useEffect(() => {
    if (drawn && hash.startsWith('#update-')) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [hash, drawn]);
  return (
    <section className="commitment__history" aria-labelledby="history-heading">
      <h2 id="history-heading" className="history__heading">
        {t('commitment.history')}
      </h2>
      {updates.length === 0 ? (
        <p className="muted">{t('commitment.noHistory')}</p>
      ) : (
        <>
          <p className="history__count muted">{tCount('commitment.historyCount', updates.length)}</p>
          <ol className="history">
            {updates.map((update) => (
              <UpdateEntry
                key={update.id}
                update={update}
                context={context}
                actions={entryActions?.(update)}
                after={asOf && update.effectiveOn > asOf ? asOf : undefined}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
