import type { ReactNode } from 'react';
import type { StatusUpdate } from '../../../../../shared/contracts/public.ts';
import { t, tCount } from '../../../lib/i18n.ts';
import { UpdateEntry } from './update-entry.tsx';

interface UpdateHistoryProps {
  updates: StatusUpdate[];
  entryActions?: (update: StatusUpdate) => ReactNode;
}

/** Every status update, newest first as the API sends them; retracted ones stay, struck through. */
export function UpdateHistory({ updates, entryActions }: UpdateHistoryProps) {
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
              <UpdateEntry key={update.id} update={update} actions={entryActions?.(update)} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
