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
    placeKo: '평양',
    parties: ['ROK', 'DPRK'],
    summary:
      'Joint declaration signed by President Moon Jae-in and Chairman Kim Jong-un at their summit in Pyongyang. ' +
      'It covers military tension reduction, economic and humanitarian cooperation, separated families, sports and ' +
      'cultural exchanges, steps towards denuclearisation and a visit by Kim to Seoul.',
    summaryKo:
      '문재인 대통령과 김정은 국무위원장이 평양 정상회담에서 서명한 공동선언. 군사적 긴장 완화와 군사분야 합의서 ' +
      '채택, 철도·도로 연결 등 경제협력, 이산가족 문제를 비롯한 인도적 협력, 문화·체육 교류, 동창리·영변 시설 폐기 등 ' +
      '비핵화 조치, 김 위원장의 서울 방문을 담았다. 남측은 2018년 10월 29일 관보에 남북합의서 제24호로 게재했다.',
    // The Ministry of Foreign Affairs' English text (its own label: unofficial translation). No government page with
    // the Korean text could be opened; it was published in the official gazette of 2018-10-29 (남북합의서 제24호).
    sourceUrl: 'https://www.mofa.go.kr/eng/brd/m_5478/view.do?seq=319132',
    commitments: pjdCommitments,
  },
  {
    slug: 'comprehensive-military-agreement-2018',
    title: 'Comprehensive Military Agreement',
    titleKo: '역사적인 판문점선언 이행을 위한 군사분야 합의서 (9·19 군사합의)',
    signedOn: '2018-09-19',
    place: 'Pyongyang',
    placeKo: '평양',
    parties: ['ROK', 'DPRK'],
    summary:
      'The Agreement on the Implementation of the Historic Panmunjom Declaration in the Military Domain, signed as an ' +
      'annex to the Pyongyang Joint Declaration by defence ministers Song Young-moo and No Kwang-chol. It sets out ' +
      'measures to stop hostile acts on land, at sea and in the air along the border (buffer zones, no-fly zones, ' +
      'warning procedures), to turn the DMZ into a peace zone (guard post withdrawal, a disarmed Joint Security Area, ' +
      'joint remains recovery), to make the West Sea a peace zone, to guarantee exchanges militarily and to build ' +
      'trust through direct lines and a joint military committee. It took effect when the two sides exchanged notice ' +
      'of their ratification procedures on 26 October 2018.',
    summaryKo:
      '9월 평양공동선언의 부속합의서로 양측 국방장관(송영무·노광철)이 서명한 군사 합의. 지상·해상·공중에서의 적대행위 ' +
      '중지(완충구역·비행금지구역·우발충돌 방지 절차), 비무장지대의 평화지대화(GP 시범 철수, JSA 비무장화, 공동 유해발굴, ' +
      '역사유적 조사), 서해 평화수역 조성, 교류협력을 위한 군사적 보장, 직통전화와 군사공동위원회 등 신뢰구축 조치를 담았다. ' +
      '2018년 10월 26일 양측이 발효 절차 완료를 통지하면서 효력이 발생했다.',
    sourceUrl:
      'https://mnd.go.kr/mnd_book/DefenseWhitePaper/2020/2020_eng_appendix/files/basic-html/page52.html',
    commitments: cmaCommitments,
  },
];
