/**
 * The seeded record: the Pyongyang Joint Declaration of 19 September 2018 and its military agreement,
 * as corrected in the December 2026 review (docs/decisions/ and /about "Corrections"). The entries live
 * in ./pyongyang-2018/: agreements and their commitments, the developments that moved several
 * commitments at once, and the sources cited more than once.
 */
export { pyongyang2018Agreements as pyongyang2018Seed } from './pyongyang-2018/agreements.ts';
export { pyongyang2018Developments, SEED_REVIEWED_ON } from './pyongyang-2018/developments.ts';
