import { useEffect, useRef } from 'react';
import type { CommitmentDetail } from '../../../../../../shared/contracts/public.ts';
import { CATEGORY_KEYS, type CategoryKey } from '../../../../../../shared/domain/status.ts';
import { StatusBadge } from '../../../../components/ui/status-badge.tsx';
import { formatDate, formatTimestampDate } from '../../../../lib/format.ts';
import { categoryLabel, t } from '../../../../lib/i18n-tools.ts';
import { describeChanges, type Change, type EditableField } from './changes.ts';
import { fieldLabel } from './field-labels.ts';

export type ConflictKind = 'update' | 'edit' | 'retract';

/** The other version, once fetched: undefined while it loads, null when it could not be loaded. */
export type Latest = CommitmentDetail | null | undefined;

function shown(field: EditableField, value: string | null): string {
  if (value === null) return t('conflict.empty');
  if (field === 'category' && (CATEGORY_KEYS as readonly string[]).includes(value)) {
    return categoryLabel(value as CategoryKey);
  }
  if (field === 'deadline') return formatDate(value);
  return value;
}

function ChangeItem({ change, alsoMine }: { change: Change; alsoMine: boolean }) {
  if (change.kind === 'update-added') {
    const { update } = change;
    return (
      <li className="conflict__change">
        <span className="conflict__what">{t('conflict.newUpdate', { name: update.author })}</span>{' '}
        <time dateTime={update.effectiveOn}>{formatDate(update.effectiveOn)}</time>{' '}
        <StatusBadge status={update.status} />
        <span className="conflict__text">{update.summary}</span>
      </li>
    );
  }
  if (change.kind === 'update-retracted') {
    const { update } = change;
    return (
      <li className="conflict__change">
        <span className="conflict__what">
          {t('conflict.retracted', {
            date: formatDate(update.effectiveOn),
            name: update.retraction?.by ?? '',
            on: update.retraction ? formatTimestampDate(update.retraction.at) : '',
          })}
        </span>
        <span className="conflict__text">{update.retraction?.reason}</span>
      </li>
    );
  }
  return (
    <li className="conflict__change">
      <span className="conflict__what">
        {t('conflict.fieldChanged', { field: fieldLabel(change.field) })}
      </span>
      <span className="conflict__values">
        <span className="visually-hidden">{t('conflict.was')} </span>
        <del>{shown(change.field, change.before)}</del>
        <span aria-hidden="true"> → </span>
        <span className="visually-hidden"> {t('conflict.now')} </span>
        <ins>{shown(change.field, change.after)}</ins>
      </span>
      {alsoMine ? <span className="conflict__mine">{t('conflict.alsoMine')}</span> : null}
    </li>
  );
}

interface ConflictNoticeProps {
  kind: ConflictKind;
  base: CommitmentDetail;
  latest: Latest;
  /** Fields the analyst changed too (edit form): their own value is the one kept. */
  mine?: ReadonlySet<EditableField>;
}

/**
 * Someone else changed the commitment meanwhile: nothing was written, the analyst's input is kept, and
 * what changed is shown, so they can decide before writing on the latest version.
 */
export function ConflictNotice({ kind, base, latest, mine }: ConflictNoticeProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const changes = latest ? describeChanges(base, latest) : [];
  return (
    <div className="conflict" role="alert" tabIndex={-1} ref={ref}>
      <p className="conflict__title">{t('conflict.title')}</p>
      <p>{t(`conflict.kept.${kind}`)}</p>
      {latest === undefined ? <p className="muted">{t('conflict.loading')}</p> : null}
      {latest === null ? <p>{t('conflict.unavailable')}</p> : null}
      {latest ? (
        <>
          <p className="conflict__lead">{t('conflict.lead')}</p>
          {changes.length > 0 ? (
            <ul className="conflict__changes">
              {changes.map((change) => (
                <ChangeItem
                  key={change.kind === 'field' ? change.field : `${change.kind}-${change.update.id}`}
                  change={change}
                  alsoMine={change.kind === 'field' && (mine?.has(change.field) ?? false)}
                />
              ))}
            </ul>
          ) : (
            <p className="muted">{t('conflict.nothingVisible')}</p>
          )}
        </>
      ) : null}
      <p>{t(`conflict.next.${kind}`)}</p>
    </div>
  );
}
