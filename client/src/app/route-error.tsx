import { ErrorState } from '../components/ui/page-state.tsx';
import { t } from '../lib/i18n.ts';
import { useDocumentMeta } from '../lib/use-document-meta.ts';
import { SiteFrame } from './layout.tsx';

/** Last resort for a page that threw while rendering: the frame stays, the failure is said in words. */
export function RouteError({ error }: { error: unknown }) {
  useDocumentMeta({ title: t('meta.error.title'), description: t('error.route') });
  return (
    <SiteFrame>
      <ErrorState title={t('error.route')} error={error} onRetry={() => window.location.reload()} />
    </SiteFrame>
  );
}
