import type { SeedDevelopment } from '../seed-types.ts';

/** The day the whole record was last checked against the press: every commitment is reviewed through it. */
export const SEED_REVIEWED_ON = '2026-02-19';

/** Events that moved several commitments at once, oldest first; each effect is one status update. */
export const pyongyang2018Developments: SeedDevelopment[] = [];
