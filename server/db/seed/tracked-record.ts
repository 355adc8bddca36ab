import { attachEffects } from './attach-effects.ts';
import { panmunjom2018Agreement } from './panmunjom-2018/agreement.ts';
import { panmunjomDevelopmentEvents } from './panmunjom-2018/developments.ts';
import { pyongyang2018Agreements } from './pyongyang-2018/agreements.ts';
import { developmentEvents as pyongyangDevelopmentEvents } from './pyongyang-2018/developments.ts';
import { singapore2018Agreement } from './singapore-2018/agreement.ts';
import { singaporeDevelopmentEvents } from './singapore-2018/developments.ts';

/**
 * Everything the tracker seeds, in one place: `npm start` and `db:seed` seed it, `db:seed -- --upgrade` brings
 * older databases to it and `data:lint` checks it. The Pyongyang agreements keep their first positions (an
 * upgraded database already has them there); the 2018 agreements added later follow in the order signed.
 * A development shared by several families is one event: its effects are gathered from every commitment.
 */
export const TRACKED_AGREEMENTS = [
  ...pyongyang2018Agreements,
  panmunjom2018Agreement,
  singapore2018Agreement,
];

export const TRACKED_DEVELOPMENTS = attachEffects(
  [...pyongyangDevelopmentEvents, ...panmunjomDevelopmentEvents, ...singaporeDevelopmentEvents],
  TRACKED_AGREEMENTS,
);

export { SEED_REVIEWED_ON } from './pyongyang-2018/developments.ts';

/** How many updates the seed writes for its commitments' own entries (developments left aside). */
export const TRACKED_DIRECT_UPDATES = TRACKED_AGREEMENTS.reduce(
  (n, agreement) => n + agreement.commitments.reduce((m, commitment) => m + commitment.updates.length, 0),
  0,
);
