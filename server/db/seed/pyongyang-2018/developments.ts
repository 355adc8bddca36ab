import type { SeedDevelopmentEvent } from '../seed-types.ts';

/** The day the whole record was last checked against the press: every commitment is reviewed through it. */
export const SEED_REVIEWED_ON = '2026-02-19';

/**
 * Events that moved several commitments at once, oldest first. Each commitment says in its own entry
 * (fromDevelopments) which of these moved it and to what status; attach-effects.ts joins the two.
 * Summaries are the project's own words; sources were opened and their headlines copied exactly.
 */
export const developmentEvents: SeedDevelopmentEvent[] = [
  {
    key: 'cma-measures-in-force-2018',
    effectiveOn: '2018-11-01',
    actors: ['ROK', 'DPRK'],
    summary:
      'The military agreement’s first measures took effect on schedule: the halt to drills near the Military ' +
      'Demarcation Line, the buffer zones on land and at sea, the no-fly zones over the border area, and common ' +
      'step-by-step warning procedures against accidental clashes.',
    summaryKo:
      '9·19 군사합의의 첫 조치들이 예정대로 발효됐다. 군사분계선 일대 훈련 중지, 지상·해상 완충구역, 비행금지구역, ' +
      '우발적 충돌을 막기 위한 남북 공동의 단계별 경고 절차가 이날부터 적용됐다.',
    sources: [
      {
        url: 'https://www.aljazeera.com/news/2018/11/1/no-fly-zone-military-drill-ban-near-korea-border-take-effect',
        title: 'No-fly zone, military-drill ban near Korea border take effect',
        publisher: 'Al Jazeera',
        publishedOn: '2018-11-01',
        kind: 'news',
      },
      {
        url: 'http://news.tvchosun.com/mobile/svc/osmo_news_detail.html?type=news&catid=&contid=2018110190080',
        title: '남북, 오늘부터 육해공 적대 행위 전면 중지',
        publisher: 'TV Chosun',
        publishedOn: '2018-11-01',
        kind: 'news',
      },
    ],
  },
  {
    key: 'hanoi-summit-2019',
    effectiveOn: '2019-02-28',
    actors: ['US', 'DPRK'],
    standing: 'disputed',
    disputeNote:
      'That no agreement was reached is on the record; why is disputed. Washington said the North wanted all ' +
      'sanctions lifted; the North’s foreign minister said it asked only for partial relief in return for Yongbyon.',
    disputeNoteKo:
      '합의가 없었다는 사실은 확인됐으나 결렬 이유는 엇갈린다. 미국은 북한이 제재 전면 해제를 원했다고 했고, 북한 외무상은 ' +
      '영변 폐기의 대가로 일부 제재 해제만 요구했다고 밝혔다.',
    summary:
      'The second Trump–Kim summit in Hanoi ended early without an agreement. There was no agreement on ' +
      'corresponding measures, on which the Pyongyang Declaration had made steps such as Yongbyon conditional.',
    summaryKo:
      '하노이 2차 북미정상회담이 합의 없이 조기 종료됐다. 평양공동선언이 영변 폐기 등의 조건으로 삼은 상응조치에 대한 합의는 ' +
      '이루어지지 않았다.',
    sources: [
      {
        url: 'https://www.politico.eu/article/trump-kim-summit-unexpectedly-cut-short/',
        title: 'Trump-Kim summit unexpectedly cut short',
        publisher: 'Politico Europe',
        publishedOn: '2019-02-28',
        kind: 'news',
      },
      {
        url: 'http://tass.com/world/1046976',
        title: 'N.Korea ready to dismantle Yongbyon in exchange for eased sanctions — top diplomat',
        publisher: 'TASS',
        publishedOn: '2019-02-28',
        kind: 'news',
        contests: true,
      },
    ],
  },
  {
    key: 'communication-lines-cut-2020',
    effectiveOn: '2020-06-09',
    actors: ['DPRK'],
    summary:
      'Protesting anti-Pyongyang leaflets sent from the South, the North cut every inter-Korean communication ' +
      'line from noon: the liaison office line, the military lines on the east and west coasts and the leaders’ hotline.',
    summaryKo:
      '북한은 남측의 대북전단 살포에 반발해 정오부터 공동연락사무소 통신선, 동·서해 군 통신선, 정상 간 직통선 등 모든 ' +
      '남북 통신연락선을 끊었다.',
    sources: [
      {
        url: 'https://m-en.yna.co.kr/view/AEN20200609000500325',
        title: 'N. Korea to cut off all inter-Korean communication lines at noon',
        publisher: 'Yonhap News Agency',
        publishedOn: '2020-06-09',
        kind: 'news',
      },
    ],
  },
  {
    key: 'liaison-office-destroyed-2020',
    effectiveOn: '2020-06-16',
    actors: ['DPRK'],
    summary:
      'The North blew up the inter-Korean joint liaison office in Kaesong, opened in 2018; Seoul’s unification ' +
      'ministry confirmed the demolition.',
    summaryKo: '북한이 2018년 문을 연 개성 남북공동연락사무소 청사를 폭파했고, 통일부가 이를 확인했다.',
    sources: [
      {
        url: 'https://www.bbc.com/news/av/world-asia-53060787/n-korea-blows-up-liaison-office-in-s-korea',
        title: "N Korea 'blows up liaison office in S Korea'",
        publisher: 'BBC News',
        publishedOn: '2020-06-16',
        kind: 'news',
      },
    ],
  },
  {
    key: 'cma-repudiated-2023',
    effectiveOn: '2023-11-23',
    actors: ['DPRK'],
    summary:
      'The North’s defence ministry said its army would never again be bound by the 19 September military ' +
      'agreement and would restore every military measure halted under it, blaming Seoul’s partial suspension the ' +
      'day before.',
    summaryKo:
      '북한 국방성은 9·19 북남군사합의에 더 이상 구속되지 않고 합의에 따라 중지했던 모든 군사적 조치를 회복하겠다고 ' +
      '밝히며, 전날 남측의 일부 효력 정지를 이유로 들었다.',
    sources: [
      {
        url: 'https://kcnawatch.org/newstream/1700727033-412564397/those-of-republic-of-korea-can-never-evade-responsibility-for-scrapping-north-south-military-agreement-and-must-pay-dearly-for-it',
        title:
          "Those of 'Republic of Korea' can never evade responsibility for scrapping north-south military agreement and must pay dearly for it",
        publisher: 'The Pyongyang Times (DPRK Ministry of National Defence statement)',
        publishedOn: '2023-11-23',
        kind: 'official',
      },
    ],
  },
  {
    key: 'two-hostile-states-2023',
    effectiveOn: '2023-12-30',
    actors: ['DPRK'],
    summary:
      'Closing a party plenary meeting, Kim Jong-un said relations with the South had become those of “two states ' +
      'hostile to each other” and that reunification with Seoul’s authorities could never be achieved.',
    summaryKo:
      '김정은은 당 전원회의를 마치며 남북관계가 "적대적인 두 국가" 관계로 굳어졌고 남측 당국과는 통일을 이룰 수 없다고 ' +
      '말했다.',
    sources: [
      {
        url: 'https://english.hani.co.kr/arti/english_edition/e_northkorea/1122680',
        title: 'Kim Jong-un says two Koreas share relations of hostile, belligerent states',
        publisher: 'The Hankyoreh',
        publishedOn: '2024-01-02',
        kind: 'news',
      },
    ],
  },
  {
    key: 'cooperation-bodies-abolished-2024',
    effectiveOn: '2024-01-15',
    actors: ['DPRK'],
    summary:
      'The North’s Supreme People’s Assembly abolished the bodies that handled relations and economic cooperation ' +
      'with the South: the Committee for the Peaceful Reunification of the Country, the National Economic ' +
      'Cooperation Bureau and the Kumgangsan International Tourism Administration.',
    summaryKo:
      '북한 최고인민회의가 조국평화통일위원회, 민족경제협력국, 금강산국제관광국 등 대남·남북경협 기구를 폐지했다.',
    sources: [
      {
        url: 'https://kcnawatch.org/newstream/1705399836-312376461/decision-of-dprk-supreme-peoples-assembly-on-abolishing-some-organizations',
        title: "Decision of DPRK Supreme People's Assembly on abolishing some organizations",
        publisher: 'The Pyongyang Times',
        publishedOn: '2024-01-16',
        kind: 'official',
      },
    ],
  },
  {
    key: 'cma-suspended-by-south-2024',
    effectiveOn: '2024-06-04',
    actors: ['ROK'],
    summary:
      'Seoul suspended the whole military agreement “until mutual trust is restored”: the cabinet approved it and ' +
      'President Yoon signed, citing the North’s trash balloons and GPS jamming. Drills near the border and ' +
      'loudspeaker broadcasts could resume.',
    summaryKo:
      '정부는 북한의 오물풍선 살포와 GPS 교란을 이유로 "상호 신뢰가 회복될 때까지" 9·19 군사합의 전체의 효력을 ' +
      '정지했다. 국무회의 의결 후 윤석열 대통령이 재가했다.',
    sources: [
      {
        url: 'https://www.koreaherald.com/view.php?ud=20240604050343',
        title: 'Cabinet approves full suspension of inter-Korean tension reduction pact',
        publisher: 'Yonhap News Agency (in The Korea Herald)',
        publishedOn: '2024-06-04',
        kind: 'news',
      },
    ],
  },
];
