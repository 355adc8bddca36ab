import type { CommitmentDetail, StatusUpdate } from '../../../../../../shared/contracts/public.ts';

/** The fields an analyst may edit, in the order the edit form shows them. */
export const EDITABLE_FIELDS = [
  'title',
  'titleKo',
  'articleRef',
  'text',
  'textKo',
  'category',
  'parties',
  'deadline',
  'deadlineNote',
  'deadlineNoteKo',
  'deadlineMetOn',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export type Change =
  | { kind: 'update-added'; update: StatusUpdate }
  | { kind: 'update-retracted'; update: StatusUpdate }
  | { kind: 'field'; field: EditableField; before: string | null; after: string | null };

/** A field's value as one comparable string (parties joined), null when empty. */
export function fieldValue(commitment: CommitmentDetail, field: EditableField): string | null {
  const value = commitment[field];
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : null;
  return value ?? null;
}

/**
 * What someone else changed between the version an analyst started from and the latest one: updates
 * published (newest first), updates retracted, and edited fields.
 */
export function describeChanges(base: CommitmentDetail, latest: CommitmentDetail): Change[] {
  const before = new Map(base.updates.map((update) => [update.id, update]));
  const changes: Change[] = [];
  for (const update of latest.updates) {
    const old = before.get(update.id);
    if (!old) changes.push({ kind: 'update-added', update });
    else if (update.retraction && !old.retraction) changes.push({ kind: 'update-retracted', update });
  }
  for (const field of EDITABLE_FIELDS) {
    const from = fieldValue(base, field);
    const to = fieldValue(latest, field);
    if (from !== to) changes.push({ kind: 'field', field, before: from, after: to });
  }
  return changes;
}
