import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../../../components/ui/page-state.tsx';
import { formatDate } from '../../../../lib/format.ts';
import { t } from '../../../../lib/i18n-tools.ts';
import { useDocumentMeta } from '../../../../lib/use-document-meta.ts';
import { useAgreements } from '../../api/agreements.ts';

/** `/admin/agreements`: the agreements the tracker follows, and the way to add one. */
export function AgreementsPage() {
  useDocumentMeta({ title: t('admin.agreements.heading'), description: t('admin.agreements.lead') });
  const agreements = useAgreements();
  return (
    <>
      <header className="admin-page__header">
        <div>
          <h1 className="admin-page__title">{t('admin.agreements.heading')}</h1>
          <p className="admin-page__lead">{t('admin.agreements.lead')}</p>
        </div>
        <Link to="/admin/agreements/new" className="button">
          {t('admin.agreements.new')}
        </Link>
      </header>
      {agreements.isPending ? <LoadingState label={t('state.loading')} /> : null}
      {agreements.isError ? (
        <ErrorState
          title={t('admin.agreements.failed')}
          error={agreements.error}
          onRetry={() => void agreements.refetch()}
        />
      ) : null}
      {agreements.data ? (
        <ul className="admin-list">
          {agreements.data.map((agreement) => (
            <li key={agreement.slug} className="admin-list__item">
              <p className="admin-list__title">
                <Link to={`/admin/agreements/${agreement.slug}`}>{agreement.title}</Link>
              </p>
              <p className="admin-list__meta">
                <span>
                  {t('dashboard.agreement.signed', {
                    date: formatDate(agreement.signedOn),
                    place: agreement.place,
                  })}
                </span>
                <span>{agreement.parties.join(', ')}</span>
                <code>{agreement.slug}</code>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
