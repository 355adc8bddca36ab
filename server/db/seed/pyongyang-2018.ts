import { attachEffects } from './attach-effects.ts';
import { pyongyang2018Agreements } from './pyongyang-2018/agreements.ts';
import { developmentEvents } from './pyongyang-2018/developments.ts';

/**
 * The seeded record: the Pyongyang Joint Declaration of 19 September 2018 and its military agreement,
 * as corrected in the December 2026 review (/about, "Corrections"). The entries live in ./pyongyang-2018/:
 * agreements and their commitments, the developments that moved several commitments at once, and the
 * sources cited more than once.
 */
export const pyongyang2018Seed = pyongyang2018Agreements;
export const pyongyang2018Developments = attachEffects(developmentEvents, pyongyang2018Agreements);
export { SEED_REVIEWED_ON } from './pyongyang-2018/developments.ts';

/** How many updates the seed writes for its commitments' own entries (developments left aside). */
export const SEEDED_DIRECT_UPDATES = pyongyang2018Agreements.reduce(
  (n, agreement) => n + agreement.commitments.reduce((m, commitment) => m + commitment.updates.length, 0),
  0,
);
