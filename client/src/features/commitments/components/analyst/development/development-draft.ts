import type { CommitmentSummary } from '../../../../../../../shared/contracts/public.ts';
import type { StatusKey } from '../../../../../../../shared/domain/status.ts';
import { emptyEvent, isEventDirty, toEventInput, type EventDraft } from '../update-draft.ts';

/** One commitment the development moved, as chosen: its version is the one the analyst saw when choosing. */
export interface EffectDraft {
  key: number;
  slug: string;
  status: StatusKey | '';
  meetsDeadline: boolean;
  baseVersion: number;
}

export interface DevelopmentDraft extends EventDraft {
  effects: EffectDraft[];
}

export const emptyEffect = (key: number, commitment?: CommitmentSummary): EffectDraft => ({
  key,
  slug: commitment?.slug ?? '',
  status: '',
  meetsDeadline: false,
  baseVersion: commitment?.version ?? 0,
});

export const emptyDevelopment = (first?: CommitmentSummary): DevelopmentDraft => ({
  ...emptyEvent(),
  effects: [emptyEffect(0, first)],
});

export const isDevelopmentDirty = (draft: DevelopmentDraft) =>
  isEventDirty(draft) || draft.effects.length > 1 || draft.effects.some((e) => e.status !== '');

/**
 * The request body for `newDevelopmentSchema`: each effect carries the version of its commitment the
 * analyst saw, and meetsDeadline only where that commitment has a deadline.
 */
export function toDevelopmentInput(draft: DevelopmentDraft, commitments: readonly CommitmentSummary[]) {
  const bySlug = new Map(commitments.map((c) => [c.slug, c]));
  return {
    ...toEventInput(draft),
    effects: draft.effects.map((effect) => ({
      commitmentSlug: effect.slug,
      status: effect.status || undefined,
      meetsDeadline: Boolean(bySlug.get(effect.slug)?.deadline) && effect.meetsDeadline,
      baseVersion: effect.baseVersion,
    })),
  };
}

/** Effects on commitments that changed since the analyst chose them (their version moved on). */
export function staleEffects(
  draft: DevelopmentDraft,
  latest: readonly CommitmentSummary[],
): CommitmentSummary[] {
  const bySlug = new Map(latest.map((c) => [c.slug, c]));
  return draft.effects.flatMap((effect) => {
    const now = bySlug.get(effect.slug);
    return now && now.version !== effect.baseVersion ? [now] : [];
  });
}

/** After a reload: every effect takes its commitment's current version (the analyst has seen the change). */
export function rebaseEffects(
  draft: DevelopmentDraft,
  latest: readonly CommitmentSummary[],
): DevelopmentDraft {
  const bySlug = new Map(latest.map((c) => [c.slug, c]));
  return {
    ...draft,
    effects: draft.effects.map((e) => ({ ...e, baseVersion: bySlug.get(e.slug)?.version ?? e.baseVersion })),
  };
}
