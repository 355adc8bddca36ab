import type { SeedAgreement } from '../seed-types.ts';
import { cmaCommitments } from './cma-commitments.ts';
import { pjdCommitments } from './pjd-commitments.ts';

/** The two agreements signed in Pyongyang on 19 September 2018, with their commitments. */
export const pyongyang2018Agreements: SeedAgreement[] = [
  {
    slug: 'pyongyang-joint-declaration-2018',
    title: 'Pyongyang Joint Declaration of September 2018',
    titleKo: '9월 평양공동선언',
    signedOn: '2018-09-19',
    place: 'Pyongyang',
    parties: ['ROK', 'DPRK'],
    summary:
      'Joint declaration signed by President Moon Jae-in and Chairman Kim Jong-un at their summit in Pyongyang. ' +
      'It covers military tension reduction, economic and humanitarian cooperation, separated families, sports and ' +
      'cultural exchanges, steps towards denuclearisation and a visit by Kim to Seoul.',
    sourceUrl: 'https://www.mofa.go.kr/eng/brd/m_5478/view.do?seq=319132',
    commitments: pjdCommitments,
  },
  {
    slug: 'comprehensive-military-agreement-2018',
    title: 'Comprehensive Military Agreement',
    titleKo: '판문점선언 군사분야 이행합의서',
    signedOn: '2018-09-19',
    place: 'Pyongyang',
    parties: ['ROK', 'DPRK'],
    summary:
      'The Agreement on the Implementation of the Historic Panmunjom Declaration in the Military Domain, signed as an ' +
      'annex to the Pyongyang Joint Declaration by defence ministers Song Young-moo and No Kwang-chol. It sets out ' +
      'measures to stop hostile acts along the border on land, at sea and in the air, and to build military trust.',
    sourceUrl: 'https://docslib.org/doc/6854773',
    commitments: cmaCommitments,
  },
];
