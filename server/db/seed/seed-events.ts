import type { SeedAgreement, SeedDevelopment, SeedUpdate } from './seed-types.ts';

/** One update to write: a commitment's own, or one effect of a development (index into the list). */
export interface PlannedUpdate {
  commitment: string;
  update: SeedUpdate;
  development: number | null;
}

/**
 * Every update the seed holds, direct and through developments, in the order they are written: by date,
 * then a commitment's own entries before developments of the same day. The order gives each its
 * createdAt, which breaks same-day ties in the status rule, so a fresh seed and an upgrade agree.
 */
export function planSeedUpdates(
  agreements: readonly SeedAgreement[],
  developments: readonly SeedDevelopment[],
): PlannedUpdate[] {
  const direct = agreements.flatMap((agreement) =>
    agreement.commitments.flatMap((commitment) =>
      commitment.updates.map((update) => ({ commitment: commitment.slug, update, development: null })),
    ),
  );
  const viaDevelopments = developments.flatMap((development, index) =>
    development.effects.map(({ commitment, status, meetsDeadline }) => {
      const { effects: _effects, ...event } = development;
      return { commitment, update: { ...event, status, meetsDeadline }, development: index };
    }),
  );
  return [...direct, ...viaDevelopments]
    .map((planned, order) => ({ planned, order }))
    .sort(
      (a, b) => a.planned.update.effectiveOn.localeCompare(b.planned.update.effectiveOn) || a.order - b.order,
    )
    .map(({ planned }) => planned);
}
