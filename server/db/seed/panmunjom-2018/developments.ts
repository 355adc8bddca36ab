import type { SeedDevelopmentEvent } from '../seed-types.ts';
import { KCNA_NUCLEAR_FORCES_LAW_2022_09_10 } from '../pyongyang-2018/pjd-sources.ts';
import { EURASIA_REVIEW_NUCLEAR_LAW_2022_09_10 } from './sources.ts';

/**
 * Events first recorded with the Panmunjom Declaration that moved commitments of more than one agreement.
 * The Panmunjom commitments also name developments of the Pyongyang record (the Hanoi summit, the cut
 * lines, the destroyed liaison office, ...): one event, one development, whichever agreement it touches.
 */
export const panmunjomDevelopmentEvents: SeedDevelopmentEvent[] = [
  {
    key: 'nuclear-forces-law-2022',
    effectiveOn: '2022-09-08',
    actors: ['DPRK'],
    summary:
      'The North’s Supreme People’s Assembly passed a law on its nuclear forces policy. Kim Jong-un said it made ' +
      'the country’s nuclear status irreversible, that it would never give up its nuclear weapons and that there ' +
      'would be no negotiation on denuclearisation.',
    summaryKo:
      '북한 최고인민회의가 핵무력정책에 관한 법령을 채택했다. 김정은은 이로써 핵보유국 지위가 불가역적으로 되었으며 ' +
      '핵무기를 절대 포기하지 않고 비핵화 협상도 없을 것이라고 말했다.',
    sources: [KCNA_NUCLEAR_FORCES_LAW_2022_09_10, EURASIA_REVIEW_NUCLEAR_LAW_2022_09_10],
  },
];
