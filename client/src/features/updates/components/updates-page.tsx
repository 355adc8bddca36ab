import { useSearchParams } from 'react-router';
import { KeptParams } from '../../../components/ui/kept-params.tsx';
import { ErrorState, LoadingState } from '../../../components/ui/page-state.tsx';
import { t } from '../../../lib/i18n.ts';
import { useDocumentMeta } from '../../../lib/use-document-meta.ts';
import { useRecentUpdates } from '../api/get-updates.ts';
import { RecentUpdateItem } from './recent-update.tsx';
import './updates.css';

/** `/updates`: the latest changes across all commitments, newest first, paged with "Older updates". */
export function UpdatesPage() {
  const [params] = useSearchParams();
  const updates = useRecentUpdates(params.get('before') ?? undefined);
  useDocumentMeta({ title: t('meta.updates.title'), description: t('meta.updates.description') });

  if (updates.isPending) return <LoadingState label={t('updates.loading')} />;
  if (updates.isError && !updates.data) {
    return (
      <ErrorState title={t('updates.error')} error={updates.error} onRetry={() => void updates.refetch()} />
    );
  }
  const all = updates.data.pages.flatMap((page) => page.updates);
  // Every page carries the same registry; the first one names the parties.
  const partyRegistry = updates.data.pages[0]?.partyRegistry ?? [];
  return (
    <div className="updates-page">
      <header className="updates-page__header">
        <h1 className="updates-page__title">{t('updates.heading')}</h1>
        <p className="updates-page__lead">{t('updates.lead')}</p>
      </header>
      {all.length === 0 ? (
        <p className="muted">{t('updates.empty')}</p>
      ) : (
        <>
          <ol className="recent-updates" aria-label={t('updates.listLabel')}>
            {all.map((update) => (
              <RecentUpdateItem key={update.id} update={update} partyRegistry={partyRegistry} />
            ))}
          </ol>
          <div className="updates-page__more">
            <p className="muted" role="status">
              {t(all.length === 1 ? 'updates.shown.one' : 'updates.shown.other', { count: all.length })}
            </p>
            {updates.isFetchNextPageError ? (
              <p className="updates-page__problem" role="alert">
                {t('updates.olderFailed')}
              </p>
            ) : null}
            {updates.hasNextPage ? (
              // A plain GET form the server answers without JavaScript (the next page from its cursor);
              // with it, the older updates join this list.
              <form method="get" action="/updates" onSubmit={(event) => event.preventDefault()}>
                <KeptParams except={['before']} />
                <input type="hidden" name="before" value={updates.data.pages.at(-1)?.nextBefore ?? ''} />
                <button
                  type="submit"
                  className="button button--quiet"
                  aria-disabled={updates.isFetchingNextPage || undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    if (!updates.isFetchingNextPage) void updates.fetchNextPage();
                  }}
                >
                  {updates.isFetchingNextPage ? t('updates.loadingOlder') : t('updates.older')}
                </button>
              </form>
            ) : (
              <p className="muted">{t('updates.end')}</p>
            )}
          </div>
        </>
      )}
    </div>
  );
}
