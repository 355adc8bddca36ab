import { useId, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { AuditEvent } from '../../../../../../shared/contracts/admin.ts';
import { slugSchema } from '../../../../../../shared/contracts/common.ts';
import { ErrorState, LoadingState } from '../../../../components/ui/page-state.tsx';
import { formatTimestamp } from '../../../../lib/format.ts';
import { t } from '../../../../lib/i18n-tools.ts';
import { useDocumentMeta } from '../../../../lib/use-document-meta.ts';
import { useAudit, type AuditFilters } from '../../api/audit.ts';
import { actionLabel, parseEntity } from './audit-labels.ts';

function Entity({ entity }: { entity: string }) {
  const ref = parseEntity(entity);
  if (ref.kind === 'commitment') return <Link to={`/commitments/${ref.slug}`}>{ref.slug}</Link>;
  if (ref.kind === 'agreement') return <Link to={`/admin/agreements/${ref.slug}`}>{ref.slug}</Link>;
  if (ref.kind === 'user') return <span>{t('audit.entity.user', { username: ref.username })}</span>;
  return <span>{ref.text}</span>;
}

function Details({ event }: { event: AuditEvent }) {
  if (event.before == null && event.after == null) return <span className="muted">—</span>;
  return (
    <details className="audit-details">
      <summary>{t('audit.details')}</summary>
      {event.before != null ? (
        <>
          <p className="audit-details__label">{t('audit.before')}</p>
          <pre>{JSON.stringify(event.before, null, 2)}</pre>
        </>
      ) : null}
      {event.after != null ? (
        <>
          <p className="audit-details__label">{t('audit.after')}</p>
          <pre>{JSON.stringify(event.after, null, 2)}</pre>
        </>
      ) : null}
    </details>
  );
}

function useFilters(): AuditFilters {
  const [params] = useSearchParams();
  return {
    actor: params.get('actor')?.trim() || undefined,
    commitment: params.get('commitment')?.trim() || undefined,
  };
}

/** `/admin/audit`: who did what, newest first; filtered by user and by commitment (in the URL). */
export function AuditPage() {
  useDocumentMeta({ title: t('audit.heading'), description: t('audit.lead') });
  const filters = useFilters();
  const [, setParams] = useSearchParams();
  const audit = useAudit(filters);
  const captionId = useId();
  const [commitmentError, setCommitmentError] = useState<string | null>(null);
  const events = audit.data?.pages.flatMap((page) => page.events) ?? [];

  function applyFilters(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['actor', 'commitment']) {
      const value = String(form.get(key) ?? '').trim();
      if (value) next.set(key, value);
    }
    const commitment = next.get('commitment');
    if (commitment && !slugSchema.safeParse(commitment).success) {
      setCommitmentError(t('audit.filter.commitmentInvalid'));
      document.getElementById('audit-commitment')?.focus();
      return;
    }
    setCommitmentError(null);
    setParams(next);
  }

  const filtered = Boolean(filters.actor || filters.commitment);
  return (
    <>
      <header className="admin-page__header">
        <div>
          <h1 className="admin-page__title">{t('audit.heading')}</h1>
          <p className="admin-page__lead">{t('audit.lead')}</p>
        </div>
      </header>
      <form className="audit-filters" onSubmit={applyFilters} role="search" aria-label={t('audit.filters')}>
        <div className="field">
          <label className="field__label" htmlFor="audit-actor">
            {t('audit.filter.user')}
          </label>
          <input
            id="audit-actor"
            name="actor"
            className="input"
            defaultValue={filters.actor}
            key={`actor-${filters.actor ?? ''}`}
            placeholder={t('audit.filter.userPlaceholder')}
            autoCapitalize="none"
            spellCheck={false}
          />
        </div>
        <div className={commitmentError ? 'field field--invalid' : 'field'}>
          <label className="field__label" htmlFor="audit-commitment">
            {t('audit.filter.commitment')}
          </label>
          <input
            id="audit-commitment"
            name="commitment"
            className="input"
            defaultValue={filters.commitment}
            key={`commitment-${filters.commitment ?? ''}`}
            placeholder={t('audit.filter.commitmentPlaceholder')}
            autoCapitalize="none"
            spellCheck={false}
            aria-invalid={commitmentError ? true : undefined}
            aria-describedby={commitmentError ? 'audit-commitment-error' : undefined}
          />
          {commitmentError ? (
            <p id="audit-commitment-error" className="field__error">
              {commitmentError}
            </p>
          ) : null}
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            {t('audit.filter.apply')}
          </button>
          {filtered ? <Link to="/admin/audit">{t('audit.filter.clear')}</Link> : null}
        </div>
      </form>

      {audit.isPending ? <LoadingState label={t('state.loading')} /> : null}
      {audit.isError ? (
        <ErrorState title={t('audit.failed')} error={audit.error} onRetry={() => void audit.refetch()} />
      ) : null}
      {audit.data && events.length === 0 ? (
        <p className="muted">{filtered ? t('audit.emptyFiltered') : t('audit.empty')}</p>
      ) : null}
      {events.length > 0 ? (
        <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="audit-table">
            <caption id={captionId} className="audit-table__caption">
              {filtered
                ? t('audit.captionFiltered', {
                    filters: [filters.actor, filters.commitment].filter(Boolean).join(', '),
                  })
                : t('audit.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.col.when')}</th>
                <th scope="col">{t('audit.col.who')}</th>
                <th scope="col">{t('audit.col.what')}</th>
                <th scope="col">{t('audit.col.on')}</th>
                <th scope="col">{t('audit.col.details')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <td className="audit-table__when">
                    <time dateTime={event.at}>{formatTimestamp(event.at)}</time>
                  </td>
                  <td>{event.actor ?? <span className="muted">{t('audit.system')}</span>}</td>
                  <td>
                    {actionLabel(event.action)}
                    <code className="audit-table__code">{event.action}</code>
                  </td>
                  <td>
                    <Entity entity={event.entity} />
                  </td>
                  <td>
                    <Details event={event} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {audit.hasNextPage ? (
        <p className="audit-more">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void audit.fetchNextPage()}
            aria-disabled={audit.isFetchingNextPage || undefined}
          >
            {t('audit.older')}
          </button>
          {audit.isFetchingNextPage ? (
            <span className="muted" role="status">
              {t('state.loading')}
            </span>
          ) : null}
        </p>
      ) : events.length > 0 ? (
        <p className="muted audit-more">{t('audit.end')}</p>
      ) : null}
      {audit.isFetchNextPageError ? (
        <p role="alert" className="field__error">
          {t('audit.olderFailed')}
        </p>
      ) : null}
    </>
  );
}
