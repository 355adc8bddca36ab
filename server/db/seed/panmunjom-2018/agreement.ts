import type { SeedAgreement } from '../seed-types.ts';
import { panmunjomArticle1 } from './article-1.ts';
import { panmunjomArticles2And3 } from './articles-2-3.ts';

/** The Panmunjom Declaration of 27 April 2018, one commitment per clause (Article 1(4) holds two). */
export const panmunjom2018Agreement: SeedAgreement = {
  slug: 'panmunjom-declaration-2018',
  title: 'Panmunjom Declaration for Peace, Prosperity and Unification of the Korean Peninsula',
  titleKo: '한반도의 평화와 번영, 통일을 위한 판문점 선언',
  signedOn: '2018-04-27',
  place: 'Panmunjom',
  placeKo: '판문점',
  parties: ['ROK', 'DPRK'],
  summary:
    'Declaration signed by President Moon Jae-in and Chairman Kim Jong-un at the Peace House in Panmunjom, the first ' +
    'inter-Korean summit in eleven years. Its three articles and thirteen items cover better relations (a liaison ' +
    'office in Kaesong, family reunions, joint events, rail and road links), an end to hostile acts (loudspeakers and ' +
    'leaflets, a West Sea peace zone, military talks) and a peace regime (non-aggression, arms reduction, an end-of-war ' +
    'declaration within 2018, complete denuclearisation), with regular summits and a visit by Moon to Pyongyang.',
  summaryKo:
    '문재인 대통령과 김정은 국무위원장이 판문점 평화의집에서 11년 만의 남북정상회담을 열고 서명한 선언. 3개조 13개항으로 ' +
    '남북관계 개선(개성 공동연락사무소, 이산가족 상봉, 공동행사, 철도·도로 연결), 적대행위 중지(확성기·전단, 서해 ' +
    '평화수역, 군사회담), 평화체제 구축(불가침, 단계적 군축, 2018년 내 종전 선언, 완전한 비핵화)과 정상회담 정례화, ' +
    '문 대통령의 가을 평양 방문을 담았다.',
  // No government page with the declaration's text could be opened; the defence ministry's report of the summit
  // (3 articles, 13 items, the main points) is the official page linked. Clause texts come from the press.
  sourceUrl:
    'http://www.mnd.go.kr/user/boardList.action?command=view&page=1&boardId=O_47317&boardSeq=O_191196&mcategoryId=&id=mndEN_020200000000',
  commitments: [...panmunjomArticle1, ...panmunjomArticles2And3],
};
