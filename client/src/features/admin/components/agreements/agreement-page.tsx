import { Link, useLocation, useParams } from 'react-router';
import { FormAlert } from '../../../../components/ui/field.tsx';
import { NotFound } from '../../../../components/ui/not-found.tsx';
import { ErrorState, LoadingState } from '../../../../components/ui/page-state.tsx';
import { StatusBadge } from '../../../../components/ui/status-badge.tsx';
import { isNotFound } from '../../../../lib/api-client.ts';
import { formatDate } from '../../../../lib/format.ts';
import { t, tCount } from '../../../../lib/i18n-tools.ts';
import { useDocumentMeta } from '../../../../lib/use-document-meta.ts';
import { useAgreement } from '../../api/agreements.ts';
import { AgreementEditForm } from './agreement-edit-form.tsx';
import { AgreementRelationsForm } from './agreement-relations-form.tsx';
import { CommitmentCreateForm } from './commitment-create-form.tsx';
import { CommitmentRelationsForm } from './commitment-relations-form.tsx';
import { AdminSection } from '../admin-section.tsx';

/** `/admin/agreements/:slug`: an agreement's commitments, adding one, and editing the agreement. */
export function AgreementPage() {
  const { slug = '' } = useParams();
  const location = useLocation();
  const agreement = useAgreement(slug);
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;
  useDocumentMeta({
    title: agreement.data?.title ?? t('admin.agreements.heading'),
    description: t('admin.agreements.lead'),
  });

  if (agreement.isPending) return <LoadingState label={t('state.loading')} />;
  if (agreement.isError) {
    if (isNotFound(agreement.error)) return <NotFound />;
    return (
      <ErrorState
        title={t('admin.agreement.failed')}
        error={agreement.error}
        onRetry={() => void agreement.refetch()}
      />
    );
  }
  const { data } = agreement;
  const ordered = [...data.commitments].sort((a, b) => a.position - b.position);

  return (
    <>
      <header className="admin-page__header">
        <div>
          <p className="admin-page__back">
            <Link to="/admin/agreements">
              <span aria-hidden="true">← </span>
              {t('admin.agreements.heading')}
            </Link>
          </p>
          <h1 className="admin-page__title">{data.title}</h1>
          <p className="admin-page__lead">
            {t('dashboard.agreement.signed', { date: formatDate(data.signedOn), place: data.place })} ·{' '}
            {tCount('dashboard.total', ordered.length)}
          </p>
        </div>
      </header>
      {justCreated ? (
        <FormAlert tone="success" title={t('admin.agreement.created')}>
          <p>{t('admin.agreement.createdNext')}</p>
        </FormAlert>
      ) : null}

      <AdminSection id="commitments-heading" title={t('admin.agreement.commitments')}>
        {ordered.length === 0 ? (
          <p className="muted">{t('admin.agreement.noCommitments')}</p>
        ) : (
          <ol className="admin-list">
            {ordered.map((commitment) => (
              <li key={commitment.slug} className="admin-list__item admin-list__item--row">
                <span className="admin-list__ref">{commitment.articleRef}</span>
                <Link to={`/commitments/${commitment.slug}`}>{commitment.title}</Link>
                <StatusBadge status={commitment.status} />
              </li>
            ))}
          </ol>
        )}
      </AdminSection>

      <AdminSection
        id="add-commitment-heading"
        title={t('admin.commitment.heading')}
        lead={t('admin.commitment.lead')}
      >
        <CommitmentCreateForm agreementSlug={data.slug} defaultParties={data.parties} />
      </AdminSection>

      <AdminSection
        id="relations-heading"
        title={t('admin.relations.heading')}
        lead={t('admin.relations.lead')}
      >
        <AgreementRelationsForm agreement={data} />
      </AdminSection>

      <AdminSection
        id="clause-relations-heading"
        title={t('admin.relations.clauseHeading')}
        lead={t('admin.relations.clauseLead')}
      >
        <CommitmentRelationsForm agreement={data} />
      </AdminSection>

      <AdminSection id="edit-agreement-heading" title={t('admin.agreement.edit')}>
        <AgreementEditForm key={data.slug} agreement={data} />
      </AdminSection>
    </>
  );
}
