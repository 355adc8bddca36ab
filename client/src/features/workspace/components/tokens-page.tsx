import { ErrorState, LoadingState } from '../../../components/ui/page-state.tsx';
import { t } from '../../../lib/i18n-tools.ts';
import { useDocumentMeta } from '../../../lib/use-document-meta.ts';
import { useApiTokens } from '../api/api-tokens.ts';
import { TokenCreateForm } from './token-create-form.tsx';
import { TokenList } from './token-list.tsx';
import './workspace.css';
import './tokens.css';

/** `/workspace/tokens`: personal API tokens for scripts and bots (decision 036). */
export function TokensPage() {
  useDocumentMeta({ title: t('tokens.heading'), description: t('tokens.lead') });
  const tokens = useApiTokens();

  return (
    <div className="tokens-page">
      <h1>{t('tokens.heading')}</h1>
      <p className="workspace-home__lead">{t('tokens.lead')}</p>
      <div className="tokens-page__grid">
        <section aria-labelledby="tokens-new" className="workspace-card">
          <h2 id="tokens-new">{t('tokens.createHeading')}</h2>
          <TokenCreateForm />
        </section>
        <section aria-labelledby="tokens-list" className="workspace-card">
          <h2 id="tokens-list">{t('tokens.listHeading')}</h2>
          {tokens.isPending ? (
            <LoadingState label={t('state.loading')} />
          ) : tokens.isError ? (
            <ErrorState
              title={t('tokens.failed')}
              error={tokens.error}
              onRetry={() => void tokens.refetch()}
            />
          ) : (
            <TokenList tokens={tokens.data} />
          )}
        </section>
      </div>
    </div>
  );
}
