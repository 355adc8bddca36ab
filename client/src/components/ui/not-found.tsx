import { Link } from 'react-router';
import { t } from '../../lib/i18n.ts';
import { useDocumentMeta } from '../../lib/use-document-meta.ts';
import './page-state.css';

/** The page for an unknown address, and for a commitment the API does not know. */
export function NotFound() {
  useDocumentMeta({ title: t('meta.notFound.title'), description: t('meta.notFound.description') });
  return (
    <div className="page-state page-state--not-found">
      <p className="page-state__code" aria-hidden="true">
        404
      </p>
      <h1 className="page-state__title">{t('notFound.heading')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/" className="button">
          {t('notFound.back')}
        </Link>
      </p>
    </div>
  );
}
