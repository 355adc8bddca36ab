import type { SeedAgreement } from '../seed-types.ts';
import { singaporeCommitments } from './commitments.ts';

/** The Singapore Joint Statement of 12 June 2018: its four numbered points. */
export const singapore2018Agreement: SeedAgreement = {
  slug: 'singapore-joint-statement-2018',
  title: 'Joint Statement of President Donald J. Trump and Chairman Kim Jong Un at the Singapore Summit',
  titleKo: '도널드 트럼프 대통령과 김정은 위원장의 싱가포르 정상회담 공동 성명',
  signedOn: '2018-06-12',
  place: 'Singapore',
  placeKo: '싱가포르',
  parties: ['US', 'DPRK'],
  summary:
    'Statement signed by President Donald Trump and Chairman Kim Jong-un at the first US–North Korean summit. Trump ' +
    'committed to provide security guarantees and Kim reaffirmed his commitment to complete denuclearisation of the ' +
    'peninsula. Its four points: new US–DPRK relations, a lasting peace regime, work towards complete ' +
    'denuclearisation reaffirming the Panmunjom Declaration, and recovery of POW/MIA remains.',
  summaryKo:
    '도널드 트럼프 대통령과 김정은 국무위원장이 첫 북미정상회담에서 서명한 공동성명. 트럼프 대통령은 체제 안전 보장을, ' +
    '김 위원장은 한반도의 완전한 비핵화 의지를 재확인했다. 새로운 북미관계 수립, 항구적 평화체제 구축, 판문점선언을 ' +
    '재확인한 완전한 비핵화 노력, 전쟁포로·실종자 유해 수습의 4개 항을 담았다.',
  // The US embassy in Seoul's Korean text of the statement.
  sourceUrl:
    'https://kr.usembassy.gov/ko/061218-joint-statement-of-u-s-president-donald-trump-and-north-korean-chairman-kim-jong-un-at-the-singapore-summit-ko/',
  commitments: singaporeCommitments,
};
