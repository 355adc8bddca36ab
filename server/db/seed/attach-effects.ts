import type { SeedAgreement, SeedDevelopment, SeedDevelopmentEvent, SeedEffect } from './seed-types.ts';

/**
 * Joins each development event with the effects that commitments declare on it (fromDevelopments), so
 * each commitment's history is written in one place. Refuses a key no event has, or an event nothing uses.
 */
export function attachEffects(
  events: readonly SeedDevelopmentEvent[],
  agreements: readonly SeedAgreement[],
): SeedDevelopment[] {
  const effects = new Map<string, SeedEffect[]>(events.map((event) => [event.key, []]));
  for (const commitment of agreements.flatMap((agreement) => agreement.commitments)) {
    for (const { development, ...effect } of commitment.fromDevelopments ?? []) {
      const list = effects.get(development);
      if (!list) throw new Error(`${commitment.slug} names an unknown development "${development}"`);
      list.push({ commitment: commitment.slug, ...effect });
    }
  }
  return events.map(({ key, ...event }) => {
    const [first, ...rest] = effects.get(key)!;
    if (!first) throw new Error(`Development "${key}" moves no commitment`);
    return { ...event, effects: [first, ...rest] };
  });
}
