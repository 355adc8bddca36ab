import { useState, type FormEvent } from 'react';
import type { AgreementDetail } from '../../../../../../shared/contracts/public.ts';
import { AGREEMENT_RELATION_TYPES } from '../../../../../../shared/domain/relations.ts';
import type { AgreementRelationType } from '../../../../../../shared/domain/relations.ts';
import { FormAlert } from '../../../../components/ui/field.tsx';
import { t } from '../../../../lib/i18n-tools.ts';
import { relationLabel } from '../../../../lib/relations.ts';
import { useAgreements } from '../../api/agreements.ts';
import { useAddAgreementRelation, useRemoveAgreementRelation } from '../../api/relations.ts';
import { AdminWriteProblem } from '../admin-write-problem.tsx';
import { ChoiceField, NotesAndSubmit, RemovableRelation } from './relation-fields.tsx';

const EMPTY = { type: '', other: '', note: '', noteKo: '' };

/** The agreement's relations (both ways), each removable, and a form to add one from this side. */
export function AgreementRelationsForm({ agreement }: { agreement: AgreementDetail }) {
  const agreements = useAgreements();
  const add = useAddAgreementRelation(agreement.slug);
  const remove = useRemoveAgreementRelation(agreement.slug);
  const [draft, setDraft] = useState(EMPTY);
  const [done, setDone] = useState<string | null>(null);
  const others = (agreements.data ?? []).filter((row) => row.slug !== agreement.slug);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending || !draft.type || !draft.other) return;
    setDone(null);
    add.mutate(
      {
        type: draft.type as AgreementRelationType,
        agreementSlug: draft.other,
        note: draft.note,
        noteKo: draft.noteKo,
      },
      {
        onSuccess: () => {
          setDraft(EMPTY);
          setDone(t('admin.relations.added'));
        },
      },
    );
  }

  return (
    <>
      {done ? <FormAlert tone="success" title={done} /> : null}
      {remove.isError ? <AdminWriteProblem error={remove.error} /> : null}
      {agreement.relations.length === 0 ? (
        <p className="muted">{t('admin.relations.none')}</p>
      ) : (
        <ul className="admin-list">
          {agreement.relations.map((relation) => (
            <RemovableRelation
              key={`${relation.direction}:${relation.agreementSlug}`}
              text={`${relationLabel(relation.type, relation.direction)} ${relation.agreementTitle}`}
              other={relation.agreementTitle}
              onRemove={() => {
                setDone(null);
                remove.mutate(relation.agreementSlug, {
                  onSuccess: () => setDone(t('admin.relations.removed')),
                });
              }}
            />
          ))}
        </ul>
      )}
      <form className="admin-form" noValidate onSubmit={submit} aria-label={t('admin.relations.add')}>
        {add.isError ? <AdminWriteProblem error={add.error} /> : null}
        <ChoiceField
          label={t('admin.relations.type')}
          value={draft.type}
          options={AGREEMENT_RELATION_TYPES.map((type) => ({
            value: type,
            label: relationLabel(type, 'outgoing'),
          }))}
          onChange={(type) => setDraft({ ...draft, type })}
        />
        <ChoiceField
          label={t('admin.relations.other')}
          value={draft.other}
          options={others.map((row) => ({ value: row.slug, label: row.title }))}
          onChange={(other) => setDraft({ ...draft, other })}
        />
        <NotesAndSubmit
          note={draft.note}
          noteKo={draft.noteKo}
          onChange={(patch) => setDraft({ ...draft, ...patch })}
          disabled={add.isPending || !draft.type || !draft.other}
        />
      </form>
    </>
  );
}
