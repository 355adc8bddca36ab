import type { CommitmentDetail } from '../../../../../../shared/contracts/public.ts';
import type { CommitmentFields } from '../../../../../../shared/contracts/writes.ts';
import { orNull, splitList } from '../../../../lib/form-values.ts';
import { EDITABLE_FIELDS, fieldValue, type EditableField } from './changes.ts';

/** The edit form as typed: one string per field (parties separated by commas). */
export type EditDraft = Record<EditableField, string>;

export function draftFrom(commitment: CommitmentDetail): EditDraft {
  return Object.fromEntries(
    EDITABLE_FIELDS.map((field) => [field, fieldValue(commitment, field) ?? '']),
  ) as EditDraft;
}

/** The input for `commitmentFieldsSchema`: optional fields left empty become null. */
export function toFieldsInput(draft: EditDraft) {
  return {
    articleRef: draft.articleRef,
    title: draft.title,
    titleKo: orNull(draft.titleKo),
    text: draft.text,
    textKo: orNull(draft.textKo),
    category: draft.category,
    parties: splitList(draft.parties),
    deadline: draft.deadline || null,
    deadlineNote: orNull(draft.deadlineNote),
    deadlineNoteKo: orNull(draft.deadlineNoteKo),
    deadlineMetOn: draft.deadlineMetOn || null,
  };
}

/** The fields whose checked value differs from the version the analyst started from. */
export function changedFields(fields: CommitmentFields, base: CommitmentDetail): Partial<CommitmentFields> {
  const asText = (value: string | string[] | null) => (Array.isArray(value) ? value.join(', ') : value);
  const patch: Partial<CommitmentFields> = {};
  for (const field of EDITABLE_FIELDS) {
    if (asText(fields[field]) !== fieldValue(base, field)) Object.assign(patch, { [field]: fields[field] });
  }
  return patch;
}

/** Fields the analyst has typed into (their text differs from the version they started from). */
export function editedFields(draft: EditDraft, base: CommitmentDetail): Set<EditableField> {
  const original = draftFrom(base);
  return new Set(EDITABLE_FIELDS.filter((field) => draft[field] !== original[field]));
}

/**
 * Moves a draft onto a newer version: fields the analyst left alone take the new values (so saving does
 * not undo someone else's edit); fields the analyst changed keep what they typed.
 */
export function rebaseDraft(draft: EditDraft, from: CommitmentDetail, to: CommitmentDetail): EditDraft {
  const mine = editedFields(draft, from);
  const latest = draftFrom(to);
  return Object.fromEntries(
    EDITABLE_FIELDS.map((field) => [field, mine.has(field) ? draft[field] : latest[field]]),
  ) as EditDraft;
}
