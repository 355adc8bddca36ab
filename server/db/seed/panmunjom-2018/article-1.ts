import type { SeedCommitment } from '../seed-types.ts';
import { JOONGANG_PHASED_2025_08_18, KBS_ROADS_2024_10_15 } from '../pyongyang-2018/sources.ts';
import { MOU_HIGH_LEVEL_TALKS_2018_10_15_RELEASE } from '../pyongyang-2018/pjd-sources.ts';
import { KH_GROUNDBREAKING_2018_12_26, XINHUA_HIGH_LEVEL_TALKS_2018_06_01 } from './sources.ts';

// Korean clause texts (textKo) are quoted from the declaration as the Korean press printed it on 2018-04-27
// (Dailian, News1, Newspim, HuffPost Korea, Newstomato). Where no quotation of a clause's exact wording
// could be opened, textKo is left out rather than reconstructed.

/** Article 1 of the Panmunjom Declaration: inter-Korean relations. */
export const panmunjomArticle1: SeedCommitment[] = [
  {
    slug: 'pmj-existing-agreements',
    articleRef: 'Art. 1(1)',
    title: 'Carry out all inter-Korean declarations and agreements already adopted',
    titleKo: '이미 채택된 남북 선언들과 모든 합의들의 철저한 이행',
    text:
      'Affirming that the Korean nation decides its own destiny, the two sides will open a turning point in their ' +
      'relations by fully carrying out every inter-Korean declaration and agreement adopted so far.',
    textKo:
      '남과 북은 우리 민족의 운명은 우리 스스로 결정한다는 민족 자주의 원칙을 확인하였으며 이미 채택된 남북 선언들과 ' +
      '모든 합의들을 철저히 이행함으로써 관계 개선과 발전의 전환적 국면을 열어나가기로 하였다.',
    category: 'political',
    parties: ['ROK', 'DPRK'],
    fromDevelopments: [
      { development: 'communication-lines-cut-2020', status: 'stalled' },
      { development: 'two-hostile-states-2023', status: 'abandoned' },
    ],
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-12-26',
        actors: ['ROK', 'DPRK'],
        summary:
          'The two sides broke ground on reconnecting the cross-border railways and roads, a project first agreed in ' +
          'the October 2007 summit declaration.',
        summaryKo: '2007년 10·4 선언에서 처음 합의했던 남북 철도·도로 연결 사업의 착공식이 열렸다.',
        sources: [KH_GROUNDBREAKING_2018_12_26],
      },
      {
        status: 'abandoned',
        effectiveOn: '2025-08-18',
        actors: ['ROK'],
        summary:
          'President Lee told ministries to prepare a phased implementation of the existing inter-Korean agreements, ' +
          'starting where possible. An event on the record; it changes no status.',
        summaryKo:
          '이재명 대통령이 각 부처에 기존 남북합의를 가능한 것부터 단계적으로 이행할 방안을 준비하라고 지시했다. 기록해 ' +
          '두는 사건이며 상태는 바뀌지 않는다.',
        sources: [JOONGANG_PHASED_2025_08_18],
      },
    ],
  },
  {
    slug: 'pmj-high-level-talks',
    articleRef: 'Art. 1(2)',
    title: 'Hold high-level talks and dialogue in every field to carry out the summit’s agreements',
    titleKo: '고위급회담을 비롯한 각 분야의 대화와 협상 개최',
    text:
      'The two sides will hold dialogue and negotiations in various fields, including high-level talks, at an early ' +
      'date and take active steps to carry out what the summit agreed.',
    category: 'political',
    parties: ['ROK', 'DPRK'],
    fromDevelopments: [
      { development: 'hanoi-summit-2019', status: 'stalled' },
      { development: 'cooperation-bodies-abolished-2024', status: 'abandoned' },
    ],
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-06-01',
        actors: ['ROK', 'DPRK'],
        summary:
          'High-level talks at Panmunjom on carrying out the declaration set dates for general-level military talks ' +
          '(14 June), sports talks (18 June) and Red Cross talks (22 June).',
        summaryKo:
          '판문점선언 이행을 위한 남북 고위급회담에서 장성급 군사회담(6월 14일), 체육회담(6월 18일), 적십자회담(6월 22일) ' +
          '일정을 정했다.',
        sources: [XINHUA_HIGH_LEVEL_TALKS_2018_06_01],
      },
      {
        status: 'partial',
        effectiveOn: '2018-10-15',
        actors: ['ROK', 'DPRK'],
        summary:
          'Another round of high-level talks, held to carry out the Pyongyang declaration, set late November to early ' +
          'December for the railway and road groundbreaking and agreed on general-level military talks and Red Cross ' +
          'talks.',
        summaryKo:
          '평양공동선언 이행을 위한 고위급회담에서 철도·도로 착공식을 11월 말~12월 초에 열고 장성급 군사회담과 적십자회담을 ' +
          '열기로 했다.',
        sources: [MOU_HIGH_LEVEL_TALKS_2018_10_15_RELEASE],
      },
    ],
  },
  {
    slug: 'kaesong-liaison-office',
    articleRef: 'Art. 1(3)',
    title: 'Open a joint liaison office in Kaesong, staffed by both sides',
    titleKo: '개성지역에 쌍방 당국자가 상주하는 남북공동연락사무소 설치',
    text:
      'To consult closely between the authorities and support exchanges between their peoples, the two sides will ' +
      'set up a joint liaison office in the Kaesong area with officials of both sides in residence.',
    textKo:
      '남과 북은 당국 간 협의를 긴밀히 하고 민간교류와 협력을 원만히 보장하기 위하여 쌍방 당국자가 상주하는 ' +
      '남북공동연락사무소를 개성지역에 설치하기로 하였다.',
    category: 'political',
    parties: ['ROK', 'DPRK'],
    fromDevelopments: [
      { development: 'communication-lines-cut-2020', status: 'stalled' },
      { development: 'liaison-office-destroyed-2020', status: 'reversed' },
    ],
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-06-01',
        actors: ['ROK', 'DPRK'],
        summary: 'The high-level talks agreed to open the liaison office in Kaesong at an early date.',
        summaryKo: '고위급회담에서 개성에 공동연락사무소를 조속히 설치하기로 합의했다.',
        sources: [XINHUA_HIGH_LEVEL_TALKS_2018_06_01],
      },
      {
        status: 'implemented',
        effectiveOn: '2018-09-14',
        actors: ['ROK', 'DPRK'],
        summary:
          'The joint liaison office opened in the Kaesong industrial zone, the first of its kind, with officials of ' +
          'both sides stationed there.',
        summaryKo: '개성공업지구에 남북공동연락사무소가 문을 열었다. 남북 당국자가 함께 상주하는 첫 기구다.',
        sources: [
          {
            url: 'https://www.usatoday.com/story/news/world/2018/09/14/north-and-south-korea-open-first-liaison-office/1300385002/',
            title:
              'Koreas open first liaison office ahead of third summit between Kim Jong Un and Moon Jae-in',
            publisher: 'USA Today',
            publishedOn: '2018-09-14',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'pmj-exchanges-joint-events',
    articleRef: 'Art. 1(4)',
    title: 'Encourage exchanges and contacts at every level and hold joint events on shared anniversaries',
    titleKo: '각계각층의 교류·왕래·접촉 활성화와 6·15 등 뜻깊은 날의 공동행사',
    text:
      'The two sides will encourage cooperation, exchanges, visits and contacts at all levels and hold joint events, ' +
      'with participants from governments, assemblies, parties and civil society, on dates meaningful to both, ' +
      'such as 15 June.',
    category: 'exchange',
    parties: ['ROK', 'DPRK'],
    fromDevelopments: [
      { development: 'liaison-office-destroyed-2020', status: 'stalled' },
      { development: 'cooperation-bodies-abolished-2024', status: 'abandoned' },
    ],
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-06-01',
        actors: ['ROK', 'DPRK'],
        summary:
          'The high-level talks agreed to go on discussing, by letter, a joint event for the anniversary of the first ' +
          'summit (15 June), and set sports talks for 18 June.',
        summaryKo:
          '고위급회담에서 6·15 공동행사 개최 문제를 문서로 계속 협의하고 6월 18일 체육회담을 열기로 했다.',
        sources: [XINHUA_HIGH_LEVEL_TALKS_2018_06_01],
      },
      {
        status: 'partial',
        effectiveOn: '2018-07-04',
        actors: ['ROK', 'DPRK'],
        summary:
          'A South Korean delegation led by the unification minister played friendly basketball games in Pyongyang, ' +
          'the first such games since 2003.',
        summaryKo:
          '통일부 장관이 이끈 남측 대표단이 평양에서 남북 통일농구경기를 했다. 2003년 이후 처음이다.',
        sources: [
          {
            url: 'https://www.thenews.com.pk/print/337768-two-koreas-hold-friendly-basketball-match',
            title: 'Two Koreas hold friendly basketball match',
            publisher: 'AFP (in The News International)',
            publishedOn: '2018-07-05',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'asian-games-2018-joint-participation',
    articleRef: 'Art. 1(4)',
    title: 'Take part together in international sports events such as the 2018 Asian Games',
    titleKo: '2018년 아시아경기대회를 비롯한 국제경기 공동 진출',
    text:
      'To show the nation’s unity to the world, the two sides will take part jointly in international sports events, ' +
      'beginning with the 2018 Asian Games.',
    category: 'exchange',
    parties: ['ROK', 'DPRK'],
    deadlineNote: 'The Asian Games of August–September 2018 are named; other events are not.',
    deadlineNoteKo: '2018년 8~9월 아시아경기대회가 명시되어 있고, 다른 대회는 특정하지 않았다.',
    updates: [
      {
        status: 'implemented',
        effectiveOn: '2018-08-18',
        actors: ['ROK', 'DPRK'],
        summary:
          'At the Asian Games in Indonesia the two teams marched together behind the unification flag and fielded ' +
          'unified teams in women’s basketball, canoeing and rowing.',
        summaryKo:
          '인도네시아 아시안게임 개막식에서 남북 선수단이 한반도기를 앞세워 공동 입장했고, 여자농구·카누·조정에서 ' +
          '단일팀을 구성했다.',
        sources: [
          {
            url: 'https://en.as.com/en/2018/08/27/other_sports/1535394107_366201.html',
            title: 'Unified Korea dragon boat team win historic gold at Asian Games',
            publisher: 'AS',
            publishedOn: '2018-08-27',
            kind: 'news',
          },
        ],
      },
      {
        status: 'implemented',
        effectiveOn: '2018-08-26',
        actors: ['ROK', 'DPRK'],
        summary:
          'The unified women’s dragon boat crew won the 500 m race, the first gold for a joint Korean team at a ' +
          'multi-sport event.',
        summaryKo: '남북 단일팀이 여자 용선 500m에서 우승해, 종합대회에서 처음으로 단일팀 금메달을 땄다.',
        sources: [
          {
            url: 'https://www.thenews.com.pk/print/359988-unified-korea-team-grab-historic-boating-gold-at-asian-games',
            title: 'Unified Korea team grab historic boating gold at Asian Games',
            publisher: 'AFP (in The News International)',
            publishedOn: '2018-08-27',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'separated-families-august-2018',
    articleRef: 'Art. 1(5)',
    title: 'Resolve humanitarian issues through Red Cross talks; family reunions around 15 August 2018',
    titleKo: '남북적십자회담 개최와 8·15 계기 이산가족·친척 상봉',
    text:
      'The two sides will work to settle the humanitarian issues caused by division, hold Red Cross talks on them, ' +
      'reunions of separated families first, and hold family reunions on the occasion of 15 August 2018.',
    textKo:
      '남과 북은 민족 분단으로 발생된 인도적 문제를 시급히 해결하기 위하여 노력하며, 남북 적십자회담을 개최하여 ' +
      '이산가족·친척상봉을 비롯한 제반 문제들을 협의 해결해 나가기로 하였다. 당면하여 오는 8.15를 계기로 ' +
      '이산가족·친척 상봉을 진행하기로 하였다.',
    category: 'humanitarian',
    parties: ['ROK', 'DPRK'],
    deadlineNote: 'Reunions on the occasion of Liberation Day, 15 August 2018; the text sets no exact day.',
    deadlineNoteKo: '2018년 8·15 광복절 계기 상봉. 정확한 날짜는 정하지 않았다.',
    fromDevelopments: [
      { development: 'communication-lines-cut-2020', status: 'stalled' },
      { development: 'cooperation-bodies-abolished-2024', status: 'abandoned' },
    ],
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-06-22',
        actors: ['ROK', 'DPRK'],
        summary:
          'Red Cross talks at Mount Kumgang set reunions of 100 families from each side for 20–26 August, the first ' +
          'since October 2015.',
        summaryKo:
          '금강산 적십자회담에서 8월 20~26일 남북 각 100명 규모의 이산가족 상봉을 하기로 합의했다. 2015년 10월 이후 처음이다.',
        sources: [
          {
            url: 'http://app.yonhapnews.co.kr/YNA/Basic/SNS/r.aspx?c=AEN20180622010751315&source=rss',
            title: '(4th LD) Koreas agree to hold family reunions in August',
            publisher: 'Yonhap News Agency',
            publishedOn: '2018-06-22',
            kind: 'news',
          },
        ],
      },
      {
        status: 'partial',
        effectiveOn: '2018-08-20',
        actors: ['ROK', 'DPRK'],
        summary:
          'The reunions took place at Mount Kumgang from 20 August. The wider humanitarian questions the clause names ' +
          'were not settled.',
        summaryKo: '8월 20일부터 금강산에서 상봉이 이뤄졌다. 조항이 말한 인도적 문제 전반은 해결되지 않았다.',
        sources: [
          {
            url: 'http://www.koreaherald.com/view.php?ud=20180821000610',
            title: 'Red Cross chief seeks to visit N. Korea next month to discuss humanitarian issues',
            publisher: 'Yonhap News Agency (in The Korea Herald)',
            publishedOn: '2018-08-21',
            kind: 'news',
          },
        ],
      },
      {
        status: 'partial',
        effectiveOn: '2018-08-25',
        actors: ['ROK', 'DPRK'],
        summary:
          'The two Red Cross chiefs agreed to hold another round of reunions within the year; about 600 South Koreans ' +
          'had taken part in this one. No further round was reported.',
        summaryKo:
          '남북 적십자 대표가 연내 추가 상봉에 합의했다. 이번 상봉에는 남측 약 600명이 참가했다. 추가 상봉은 보도되지 않았다.',
        sources: [
          {
            url: 'http://www.koreaherald.com/view.php?ud=20180826000103',
            title: 'Red Cross chiefs of two Koreas agree to hold more family reunions this year',
            publisher: 'Yonhap News Agency (in The Korea Herald)',
            publishedOn: '2018-08-26',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'pmj-rail-road-modernisation',
    articleRef: 'Art. 1(6)',
    title:
      'Carry out the October 2007 projects, first connecting the east-coast and Gyeongui railways and roads',
    titleKo: '10·4 선언 합의 사업 추진, 동해선·경의선 철도와 도로 연결 및 현대화',
    text:
      'The two sides will push ahead with the projects agreed in the declaration of 4 October 2007 and, as a first ' +
      'step, take practical steps to connect and modernise the east-coast railways and roads and those between ' +
      'Seoul and Sinuiju.',
    category: 'economic',
    parties: ['ROK', 'DPRK'],
    fromDevelopments: [{ development: 'hanoi-summit-2019', status: 'stalled' }],
    updates: [
      {
        status: 'partial',
        effectiveOn: '2018-12-26',
        actors: ['ROK', 'DPRK'],
        summary:
          'After joint inspections of the northern track, a groundbreaking ceremony at Panmun Station in Kaesong ' +
          'opened the project; actual work was left to depend on sanctions.',
        summaryKo:
          '북측 구간 공동조사를 마친 뒤 개성 판문역에서 착공식이 열렸다. 실제 공사는 제재 상황에 달린 것으로 남았다.',
        sources: [KH_GROUNDBREAKING_2018_12_26],
      },
      {
        status: 'reversed',
        effectiveOn: '2024-10-15',
        actors: ['DPRK'],
        summary:
          'The North blew up sections of the inter-Korean roads on the Gyeongui and Donghae lines north of the ' +
          'demarcation line.',
        summaryKo: '북한이 군사분계선 북측의 경의선·동해선 남북 연결도로 일부를 폭파했다.',
        sources: [KBS_ROADS_2024_10_15],
      },
    ],
  },
];
