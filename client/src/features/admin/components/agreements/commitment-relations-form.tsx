import { useState, type FormEvent } from 'react';
import type { AgreementDetail } from '../../../../../../shared/contracts/public.ts';
import { COMMITMENT_RELATION_KINDS } from '../../../../../../shared/domain/relations.ts';
import type { CommitmentRelationKind } from '../../../../../../shared/domain/relations.ts';
import { FormAlert } from '../../../../components/ui/field.tsx';
import { t } from '../../../../lib/i18n-tools.ts';
import { relationLabel } from '../../../../lib/relations.ts';
import {
  useAddCommitmentRelation,
  useAllCommitments,
  useRelatedOf,
  useRemoveCommitmentRelation,
} from '../../api/relations.ts';
import { AdminWriteProblem } from '../admin-write-problem.tsx';
import { ChoiceField, NotesAndSubmit, RemovableRelation } from './relation-fields.tsx';

const EMPTY = { kind: '', other: '', note: '', noteKo: '' };

/** Choose a commitment of this agreement: its related commitments, each removable, and a form to add one. */
export function CommitmentRelationsForm({ agreement }: { agreement: AgreementDetail }) {
  const [slug, setSlug] = useState('');
  const [draft, setDraft] = useState(EMPTY);
  const [done, setDone] = useState<string | null>(null);
  const all = useAllCommitments();
  const detail = useRelatedOf(slug);
  const add = useAddCommitmentRelation();
  const remove = useRemoveCommitmentRelation();
  const others = (all.data ?? []).filter((row) => row.agreementSlug !== agreement.slug);
  const own = [...agreement.commitments].sort((a, b) => a.position - b.position);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending || !slug || !draft.kind || !draft.other) return;
    setDone(null);
    const input = {
      kind: draft.kind as CommitmentRelationKind,
      commitmentSlug: draft.other,
      note: draft.note,
      noteKo: draft.noteKo,
    };
    add.mutate(
      { slug, input },
      {
        onSuccess: () => {
          setDraft(EMPTY);
          setDone(t('admin.relations.added'));
        },
      },
    );
  }

  const related = slug ? (detail.data?.relatedCommitments ?? []) : [];
  return (
    <>
      <ChoiceField
        label={t('admin.relations.clause')}
        value={slug}
        options={own.map((row) => ({ value: row.slug, label: `${row.articleRef} · ${row.title}` }))}
        onChange={(value) => {
          setSlug(value);
          setDone(null);
        }}
      />
      {done ? <FormAlert tone="success" title={done} /> : null}
      {remove.isError ? <AdminWriteProblem error={remove.error} /> : null}
      {slug && detail.data ? (
        related.length === 0 ? (
          <p className="muted">{t('admin.relations.none')}</p>
        ) : (
          <ul className="admin-list">
            {related.map((relation) => {
              const name = `${relation.agreementTitle} ${relation.articleRef}`;
              return (
                <RemovableRelation
                  key={`${relation.direction}:${relation.slug}`}
                  text={`${relationLabel(relation.kind, relation.direction)} ${name} · ${relation.title}`}
                  other={name}
                  onRemove={() => {
                    setDone(null);
                    remove.mutate(
                      { slug, other: relation.slug },
                      { onSuccess: () => setDone(t('admin.relations.removed')) },
                    );
                  }}
                />
              );
            })}
          </ul>
        )
      ) : null}
      {slug ? (
        <form
          className="admin-form"
          noValidate
          onSubmit={submit}
          aria-label={t('admin.relations.clauseHeading')}
        >
          {add.isError ? <AdminWriteProblem error={add.error} /> : null}
          <ChoiceField
            label={t('admin.relations.kind')}
            value={draft.kind}
            options={COMMITMENT_RELATION_KINDS.map((kind) => ({
              value: kind,
              label: relationLabel(kind, 'outgoing'),
            }))}
            onChange={(kind) => setDraft({ ...draft, kind })}
          />
          <ChoiceField
            label={t('admin.relations.otherCommitment')}
            value={draft.other}
            options={others.map((row) => ({ value: row.slug, label: `${row.articleRef} · ${row.title}` }))}
            onChange={(other) => setDraft({ ...draft, other })}
          />
          <NotesAndSubmit
            note={draft.note}
            noteKo={draft.noteKo}
            onChange={(patch) => setDraft({ ...draft, ...patch })}
            disabled={add.isPending || !draft.kind || !draft.other}
          />
        </form>
      ) : null}
    </>
  );
}
