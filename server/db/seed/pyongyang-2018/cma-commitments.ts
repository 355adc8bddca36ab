import type { SeedCommitment } from '../seed-types.ts';
import { AL_JAZEERA_2018_11_01, KH_RESTORATION_2026_02_18, JOONGANG_NO_FLY_2026_02_19 } from './sources.ts';

/** The Comprehensive Military Agreement's commitments, in article order. */
export const cmaCommitments: SeedCommitment[] = [
  {
    slug: 'mdl-drill-ban-buffer-zones',
    articleRef: 'Art. 1(2)',
    title: 'Stop drills near the border; buffer zones on land and at sea',
    text:
      'Both sides stop artillery firing and large field exercises within 5 km of the Military Demarcation Line, ' +
      'and stop firing and manoeuvres in designated buffer zones in the West and East Seas.',
    category: 'military',
    parties: ['ROK', 'DPRK'],
    deadline: '2018-11-01',
    deadlineNote: 'In force from 1 November 2018.',
    expectedStatus: 'reversed',
    updates: [
      {
        status: 'implemented',
        effectiveOn: '2018-11-01',
        summary: 'The ban on drills near the border and the land and sea buffer zones took effect.',
        sources: [AL_JAZEERA_2018_11_01],
      },
      {
        status: 'partial',
        effectiveOn: '2019-11-25',
        summary:
          'North Korean state media reported that Kim had ordered coastal artillery to fire from Changrin Islet, inside the West Sea buffer zone; Seoul called it the first breach. When the firing itself took place: (unconfirmed).',
        sources: [
          {
            url: 'https://www.donga.com/en/List/article/all/20191126/1911477/1',
            title: 'Kim Jong Un orders coastal artillery firing on Changrin Islet near the western border',
            publisher: 'The Dong-A Ilbo',
            publishedOn: '2019-11-26',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2024-01-01',
        summary:
          'In January 2024 South Korean K9 howitzers on the western border islands fired in response to North Korean artillery fire.',
        sources: [
          {
            url: 'https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=186311',
            title: 'South Korea fires K9 howitzers on western islands in response to North Korean firing',
            publisher: 'KBS World',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2024-06-26',
        summary:
          'South Korean marines held their first full-scale live-fire drill near the western sea border since 2017.',
        sources: [
          {
            url: 'https://en.asiatoday.co.kr/view.php?key=20240626002227179',
            title: 'Marines hold first live-fire drill near western sea border since 2017',
            publisher: 'Asia Today',
            publishedOn: '2024-06-26',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2025-09-24',
        summary: 'The marines held their third live-fire drill of 2025 on the western border islands.',
        summaryKo: '해병대가 서북도서에서 2025년 들어 세 번째 해상 사격훈련을 실시했다.',
        sources: [
          {
            url: 'https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=196250',
            title: 'Marines conduct third live-fire drill of the year near the western sea border',
            publisher: 'KBS World',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'no-fly-zones',
    articleRef: 'Art. 1',
    title: 'No-fly zones over the border area',
    text:
      'Both sides set no-fly zones along the Military Demarcation Line for fixed-wing aircraft, helicopters, ' +
      'drones and balloons, with exceptions such as emergencies and civilian flights.',
    category: 'military',
    parties: ['ROK', 'DPRK'],
    deadline: '2018-11-01',
    deadlineNote: 'In force from 1 November 2018.',
    expectedStatus: 'reversed',
    updates: [
      {
        status: 'implemented',
        effectiveOn: '2018-11-01',
        summary: 'The no-fly zones over the border area took effect.',
        sources: [AL_JAZEERA_2018_11_01],
      },
      {
        status: 'reversed',
        effectiveOn: '2023-11-22',
        summary: 'Seoul suspended the no-fly-zone clause and resumed aerial surveillance along the border.',
        sources: [
          {
            url: 'https://english.hani.co.kr/arti/english_edition/e_northkorea/1118211.html',
            title:
              'Seoul suspends part of the inter-Korean military agreement and resumes border surveillance flights',
            publisher: 'The Hankyoreh',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2026-02-18',
        summary:
          'On 18–19 February 2026 Seoul said it would seek to reinstate the no-fly zones and was consulting the United States; they remained suspended.',
        summaryKo:
          '2026년 2월 18~19일 정부는 비행금지구역 복원을 추진하며 미국과 협의 중이라고 밝혔다. 비행금지구역은 아직 정지 상태다.',
        sources: [KH_RESTORATION_2026_02_18, JOONGANG_NO_FLY_2026_02_19],
      },
    ],
  },
  {
    slug: 'gp-withdrawal',
    articleRef: 'Art. 2',
    title: 'Trial withdrawal of 11 guard posts on each side within 1 km of the border',
    text:
      'As a first step towards removing all guard posts from the DMZ, each side withdraws 11 guard posts lying ' +
      'within 1 km of each other by the end of the year.',
    category: 'military',
    parties: ['ROK', 'DPRK'],
    deadline: '2018-12-31',
    deadlineNote: 'By the end of 2018.',
    expectedStatus: 'reversed',
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-10-26',
        summary:
          'General-level talks scheduled demolition of the posts by the end of November and mutual verification in December.',
        sources: [
          {
            url: 'https://www.unikorea.go.kr/eng_unikorea/news/news/?boardId=bbs_0000000000000033&mode=view&cntId=54481',
            title: 'Press release from the 10th inter-Korean general-level military talks',
            publisher: 'Ministry of Unification (ROK)',
            publishedOn: '2018-10-26',
            kind: 'official',
          },
        ],
      },
      {
        status: 'partial',
        effectiveOn: '2018-11-20',
        summary: 'The North blew up ten of its guard posts; each side kept one post for preservation.',
        sources: [
          {
            url: 'https://www.globaltimes.cn/content/1128223.shtml',
            title: 'DPRK demolishes guard posts in the DMZ',
            publisher: 'Global Times',
            kind: 'news',
          },
        ],
      },
      {
        status: 'implemented',
        effectiveOn: '2018-12-12',
        summary: "Teams from the two sides crossed the border to verify each other's withdrawals on site.",
        sources: [
          {
            url: 'https://www.koreaherald.com/view.php?ud=20181212000119',
            title: "Koreas verify each other's guard post withdrawals",
            publisher: 'The Korea Herald',
            publishedOn: '2018-12-12',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2023-11-24',
        summary:
          'From 24 November 2023 the North began rebuilding its guard posts and deployed troops and heavy weapons to them.',
        summaryKo: '2023년 11월 24일부터 북한은 파괴했던 감시초소를 복구하고 병력과 중화기를 배치했다.',
        sources: [
          {
            url: 'https://www.koreaherald.com/view.php?ud=20231127000598',
            title: 'North Korea restoring guard posts demolished under military pact',
            publisher: 'The Korea Herald',
            publishedOn: '2023-11-27',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'jsa-demilitarisation',
    articleRef: 'Art. 2 and annex',
    title: 'Disarm the Joint Security Area at Panmunjom',
    text:
      'The two sides and the UN Command clear mines from the Joint Security Area, withdraw guard posts, weapons ' +
      'and surplus personnel, keep unarmed joint guards, and let visitors move freely across the area.',
    category: 'military',
    parties: ['ROK', 'DPRK', 'UNC'],
    deadline: '2018-10-25',
    deadlineNote:
      'Mines to be cleared within 20 days from 1 October 2018, then guard posts, weapons and surplus personnel withdrawn within 5 days.',
    expectedStatus: 'reversed',
    updates: [
      {
        status: 'partial',
        effectiveOn: '2018-10-25',
        summary:
          'The two Koreas and the UN Command finished removing firearms and guard posts from the area.',
        sources: [
          {
            url: 'https://www.stripes.com/news/us-led-un-command-koreas-pull-firearms-and-military-posts-from-truce-village-1.553466',
            title: 'US-led UN Command, Koreas pull firearms and military posts from truce village',
            publisher: 'Stars and Stripes',
            publishedOn: '2018-10-25',
            kind: 'news',
          },
        ],
      },
      {
        status: 'partial',
        effectiveOn: '2018-10-26',
        summary: 'On 26–27 October 2018 the two Koreas and the UN Command jointly verified the disarmament.',
        sources: [
          {
            url: 'https://www.marfork.marines.mil/News/News-Article-Display/Article/1675932/un-command-and-ministry-of-national-defense-verify-demilitarization-efforts-at/',
            title: 'UN Command and Ministry of National Defense verify demilitarization efforts at JSA',
            publisher: 'United Nations Command (via U.S. Marine Corps Forces, Korea)',
            publishedOn: '2018-10-30',
            kind: 'official',
          },
          {
            url: 'https://habkorea.net/koreas-and-the-u-s-led-u-n-command-complete-jsa-disarmament/amp',
            title: 'Koreas and the U.S.-led U.N. Command complete JSA disarmament (Yonhap, mirrored)',
            publisher: 'HAB Korea',
            kind: 'other',
          },
        ],
      },
      {
        status: 'partial',
        effectiveOn: '2019-09-01',
        summary:
          'By September 2019 joint unarmed guard duty and free movement for visitors had made little headway.',
        sources: [
          {
            url: 'https://www.donga.com/en/article/all/20190919/1851045/1',
            title: 'A year on, joint guard duty and free movement at the JSA remain unrealised',
            publisher: 'The Dong-A Ilbo',
            publishedOn: '2019-09-19',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2023-11-25',
        summary:
          'In late November 2023 North Korean guards at the JSA were seen carrying pistols again; tours were suspended.',
        sources: [
          {
            url: 'https://m.koreaherald.com/view.php?ud=20231130000857',
            title: 'North Korean JSA guards seen carrying pistols; tours suspended',
            publisher: 'The Korea Herald',
            publishedOn: '2023-11-30',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2023-12-19',
        summary: 'The UN Command authorised the guards on its side of the JSA to carry arms again.',
        summaryKo: '유엔군사령부가 공동경비구역 남측 경비 인원의 재무장을 허용했다.',
        sources: [
          {
            url: 'https://world.kbs.co.kr/special/northkorea/contents/news/news_view.htm?lang=e&No=182525',
            title: 'UN Command reauthorizes forces at Panmunjeom to carry firearms',
            publisher: 'KBS World',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'arrowhead-remains-recovery',
    articleRef: 'Art. 2',
    title: 'Joint recovery of war remains at Arrowhead Hill',
    text:
      'The two sides clear mines and build a road across the DMZ at Arrowhead Hill, then jointly recover the ' +
      'remains of soldiers killed there in the Korean War.',
    category: 'military',
    parties: ['ROK', 'DPRK'],
    deadline: '2019-10-31',
    deadlineNote: 'Joint excavation planned from April to October 2019.',
    expectedStatus: 'partial',
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-11-22',
        summary: 'A 3-km road across the Military Demarcation Line was connected for the recovery work.',
        sources: [
          {
            url: 'https://www.globaltimes.cn/content/1128525.shtml',
            title: 'Two Koreas connect road across DMZ for joint recovery of war remains',
            publisher: 'Global Times',
            kind: 'news',
          },
        ],
      },
      {
        status: 'stalled',
        effectiveOn: '2019-02-01',
        summary: "In February 2019 work on the North's side of the site stopped.",
        sources: [
          {
            url: 'https://www.washingtontimes.com/news/2019/sep/23/north-korea-war-remains-excavation-stops-demilitar/',
            title: "North Korea's side of joint war-remains excavation halted in the DMZ",
            publisher: 'The Washington Times',
            publishedOn: '2019-09-23',
            kind: 'news',
          },
        ],
      },
      {
        status: 'in_progress',
        effectiveOn: '2019-04-01',
        summary: 'In April 2019 South Korea began excavating on its own side, without the North.',
        sources: [
          {
            url: 'https://news.kbs.co.kr/news/view.do?ncd=4211954',
            title: 'South Korea begins war remains excavation at Arrowhead Ridge without the North',
            publisher: 'KBS News',
            kind: 'news',
          },
        ],
      },
      {
        status: 'partial',
        effectiveOn: '2021-06-24',
        summary:
          'South Korea ended its solo excavation after recovering 3,092 remains, 9 of them identified; the joint part never took place.',
        summaryKo:
          '남측 단독 발굴이 종료됐다. 유해 3,092점을 수습해 9명의 신원을 확인했으나 공동발굴은 끝내 이뤄지지 않았다.',
        sources: [
          {
            url: 'https://cm.asiae.co.kr/en/article/2021062509201353985',
            title: 'South Korea ends solo excavation of war remains at Arrowhead Hill',
            publisher: 'The Asia Business Daily',
            publishedOn: '2021-06-25',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'west-sea-peace-zone',
    articleRef: 'Art. 3',
    title: 'Maritime peace zone, trial joint fishing zone and joint patrols in the West Sea',
    text:
      'The two sides turn the West Sea border area into a maritime peace zone, set up a trial joint fishing ' +
      'zone and run joint patrols to keep illegal fishing out.',
    category: 'military',
    parties: ['ROK', 'DPRK'],
    expectedStatus: 'not_started',
    updates: [],
  },
  {
    slug: 'han-river-estuary',
    articleRef: 'Art. (number unconfirmed)',
    title: 'Joint civilian use of the Han River estuary',
    text:
      'The two sides guarantee joint civilian use of the Han River estuary, starting with a joint survey of ' +
      'its waterways, so that civilian vessels can sail there.',
    category: 'economic',
    parties: ['ROK', 'DPRK'],
    deadline: '2018-12-31',
    deadlineNote: 'Joint survey by the end of 2018.',
    expectedStatus: 'stalled',
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-11-05',
        summary: 'From 5 November to 9 December 2018 the two sides surveyed the estuary waterways together.',
        sources: [
          {
            url: 'https://www.upi.com/Top_News/World-News/2018/12/10/North-and-South-Korea-complete-joint-survey-on-waterway/3261544436216/',
            title: 'North and South Korea complete joint survey on waterway',
            publisher: 'UPI',
            publishedOn: '2018-12-10',
            kind: 'news',
          },
        ],
      },
      {
        status: 'in_progress',
        effectiveOn: '2019-01-30',
        summary:
          'South Korea handed the North a nautical chart drawn from the survey; trial civilian sailing was planned from 1 April 2019. Whether any sailing took place: (unconfirmed).',
        sources: [
          {
            url: 'https://www.nknews.org/2019/01/south-korea-submits-jointly-produced-hanimjin-river-estuary-plans-to-north-korea/',
            title: 'South Korea submits jointly-produced Han/Imjin River Estuary plans to North Korea',
            publisher: 'NK News',
            publishedOn: '2019-01-30',
            kind: 'news',
          },
        ],
      },
      {
        status: 'stalled',
        effectiveOn: '2020-10-27',
        summary:
          'With no joint follow-up since the 2018 survey, Seoul said it would survey only its own side of the estuary, given the state of relations.',
        summaryKo:
          '2018년 공동조사 이후 후속 협력이 없자, 정부는 남북관계를 고려해 남측 구역만 단독 조사하겠다고 밝혔다.',
        sources: [
          {
            url: 'https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=157169',
            title: 'S. Korea to conduct ecological survey of Han River estuary in November',
            publisher: 'KBS World',
            publishedOn: '2020-10-27',
            kind: 'news',
          },
        ],
      },
    ],
  },
];
