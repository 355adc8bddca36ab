import type { SeedCommitment } from '../seed-types.ts';
import {
  AFP_EXCAVATION_ALONE_2019_04_01,
  HANI_GP_REBUILT_2023_11_28,
  MND_WHITE_PAPER_2018_P297,
  YONHAP_LINES_7TH_DAY_2023_04_13,
  YONHAP_LINES_UNANSWERED_2023_04_07,
} from './cma-sources.ts';
import { KBS_ROADS_2024_10_15, JOONGANG_NO_FLY_2026_02_19, KH_RESTORATION_2026_02_18 } from './sources.ts';

/**
 * The Comprehensive Military Agreement's commitments, in article order. Korean clause texts (textKo) are given
 * only where the wording was read on a government page; elsewhere the research found press paraphrases only.
 */
export const cmaCommitments: SeedCommitment[] = [
  {
    slug: 'mdl-drill-ban-buffer-zones',
    articleRef: 'Art. 1(2)',
    title: 'Stop drills near the border; buffer zones on land and at sea',
    titleKo: '군사분계선 일대 군사연습 중지 및 지상·해상 완충구역 설정',
    text:
      'From 1 November 2018 both sides stop military exercises aimed at each other along the Military Demarcation ' +
      'Line: no artillery firing or regiment-level field manoeuvres within 5 km of the line on land, and no firing or ' +
      'manoeuvres in buffer zones set in the West and East Seas (gun ports closed, barrels covered).',
    category: 'military',
    parties: ['ROK', 'DPRK'],
    deadline: '2018-11-01',
    deadlineNote: 'In force from 1 November 2018.',
    deadlineNoteKo: '2018년 11월 1일부터 시행.',
    fromDevelopments: [
      { development: 'cma-measures-in-force-2018', status: 'implemented', meetsDeadline: true },
      { development: 'cma-repudiated-2023', status: 'reversed' },
      { development: 'cma-suspended-by-south-2024', status: 'reversed' },
    ],
    updates: [
      {
        status: 'partial',
        effectiveOn: '2019-11-23',
        actors: ['DPRK', 'ROK'],
        summary:
          'Kim Jong-un visited the coastal defence unit on Changrin islet, inside the West Sea buffer zone, and ordered ' +
          'its guns to fire. Seoul’s defence ministry said the visit and firing took place on the morning of 23 November, ' +
          'called it a breach of the agreement and sent a protest over the western military line.',
        summaryKo:
          '김정은 위원장이 서해 완충구역 안의 창린도 방어대를 찾아 해안포 사격을 지시했다. 국방부는 방문과 사격이 11월 23일 ' +
          '오전에 있었다고 밝히고 9·19 군사합의 위반이라며 서해 군 통신선으로 항의문을 보냈다.',
        sources: [
          {
            url: 'https://www.ytn.co.kr/_ln/0101_201911261322542460',
            title: '北, 연평도 포격 도발 9주년에 해안포 사격...軍 항의문 전달',
            publisher: 'YTN',
            publishedOn: '2019-11-26',
            kind: 'news',
          },
        ],
      },
      {
        status: 'partial',
        effectiveOn: '2022-10-14',
        actors: ['DPRK', 'ROK'],
        summary:
          'The North fired hundreds of artillery rounds into the East and West Sea buffer zones; the South’s Joint Chiefs ' +
          'of Staff called it a violation of the agreement. About 250 more rounds followed on the night of 18 October.',
        summaryKo:
          '북한이 동·서해 해상 완충구역에 포탄 수백 발을 쐈고, 합참은 9·19 군사합의 위반이라고 밝혔다. 10월 18일 밤에도 약 ' +
          '250발을 더 쐈다.',
        sources: [
          {
            url: 'https://m-en.yna.co.kr/view/AEN20221019000200325',
            title: 'N. Korea fires artillery shells into inter-Korean buffer zone: JCS',
            publisher: 'Yonhap News Agency',
            publishedOn: '2022-10-19',
            kind: 'news',
          },
        ],
      },
      {
        status: 'partial',
        effectiveOn: '2022-12-05',
        actors: ['DPRK', 'ROK'],
        summary:
          'The North fired about 130 artillery rounds into the East and West Sea buffer zones, which Seoul called a clear ' +
          'violation. The North’s General Staff said it was a warning in reply to South Korean rocket-launcher firing in ' +
          'Cheorwon the same day.',
        summaryKo:
          '북한이 동·서해 완충구역에 포탄 약 130발을 쐈고 정부는 명백한 합의 위반이라고 했다. 북한 총참모부는 같은 날 철원에서 ' +
          '있었던 남측 방사포 사격에 대한 경고 대응이라고 주장했다.',
        sources: [
          {
            url: 'https://mb.com.ph/2022/12/5/north-korea-fires-artillery-barrage-into-buffer-zone-seoul',
            title: 'North Korea fires artillery barrage into buffer zone: Seoul',
            publisher: 'AFP (in the Manila Bulletin)',
            publishedOn: '2022-12-05',
            kind: 'news',
          },
        ],
      },
      {
        status: 'partial',
        effectiveOn: '2023-02-16',
        actors: ['ROK'],
        standing: 'claimed',
        summary:
          'The South’s 2022 Defence White Paper, which called the North’s regime and military the enemy, counted 15 North ' +
          'Korean violations of the agreement in 2022 alone, among them shelling into the maritime buffer zones. This is ' +
          'one side’s count.',
        summaryKo:
          '북한 정권과 군을 "적"으로 규정한 「2022 국방백서」는 2022년 한 해에만 북한이 해상 완충구역 포격 등으로 9·19 ' +
          '군사합의를 15회 위반했다고 집계했다. 한쪽의 집계다.',
        sources: [
          {
            url: 'https://cm.asiae.co.kr/en/article/2023021609222662522',
            title:
              "Yoon Administration's First Defense White Paper in 6 Years Defines North Korea as an Enemy",
            publisher: 'The Asia Business Daily',
            publishedOn: '2023-02-16',
            kind: 'news',
          },
          {
            url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=175874',
            title: "Defense White Paper Calls N. Korea 'Enemy' for First Time in 6 Years",
            publisher: 'KBS World',
            publishedOn: '2023-02-16',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2024-01-05',
        actors: ['DPRK', 'ROK'],
        summary:
          'Between 9 and 11 a.m. the North fired some 200 artillery rounds into the buffer zone north of Baengnyeong and ' +
          'Yeonpyeong islands, and residents were sent to shelters. From 3 p.m. South Korean marines answered with live ' +
          'fire from K9 howitzers and tanks into waters south of the Northern Limit Line.',
        summaryKo:
          '북한이 오전 9~11시 백령도·연평도 북방 완충구역에 포탄 약 200발을 쏴 주민들이 대피했다. 해병대는 오후 3시부터 K9 ' +
          '자주포와 전차로 북방한계선 이남 해상에 대응 사격을 했다.',
        sources: [
          {
            url: 'https://www.overtdefense.com/2024/01/05/south-korean-marines-conduct-exercise-after-north-korea-shells-maritime-buffer-zone/',
            title: 'South Korean Marines Conduct Exercise After North Korea Shells Maritime Buffer Zone',
            publisher: 'Overt Defense',
            publishedOn: '2024-01-05',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2024-06-26',
        actors: ['ROK'],
        summary:
          'With the agreement suspended by Seoul, the marines resumed regular live-fire drills on the western border ' +
          'islands, the first in seven years.',
        summaryKo: '정부의 합의 효력 정지 이후 해병대가 서북도서 정례 해상사격훈련을 7년 만에 재개했다.',
        sources: [
          {
            url: 'https://koreajoongangdaily.joins.com/news/2024-11-27/national/defense/South-fires-rounds-from-Baengnyeong-Island-in-military-readiness-drill/2187606',
            title: 'South fires rounds from Baengnyeong Island in military readiness drill',
            publisher: 'Korea JoongAng Daily',
            publishedOn: '2024-11-27',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2025-09-24',
        actors: ['ROK'],
        summary:
          'Marine units on Baengnyeong and Yeonpyeong fired about 170 rounds into waters south of the Northern Limit Line, ' +
          'their third live-fire drill of 2025, which the military called routine and defensive.',
        summaryKo:
          '백령도·연평도 해병대가 북방한계선 이남 해상으로 약 170발을 쏘는 올해 세 번째 해상사격훈련을 했다. 군은 통상적·방어적 ' +
          '훈련이라고 밝혔다.',
        sources: [
          {
            url: 'https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=196250',
            title: 'Marines Hold Live-fire Drill on Border Islands Near NLL',
            publisher: 'KBS World',
            publishedOn: '2025-09-24',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'no-fly-zones',
    articleRef: 'Art. 1(3)',
    title: 'No-fly zones over the border area',
    titleKo: '군사분계선 일대 비행금지구역 설정',
    text:
      'From 1 November 2018 both sides keep all aircraft out of no-fly zones along the Military Demarcation Line: ' +
      'fixed-wing aircraft 40 km from the line in the east and 20 km in the west, helicopters 10 km, drones 15 km in the ' +
      'east and 10 km in the west, balloons 25 km. Fire-fighting, rescue, medical evacuation, weather and farming ' +
      'flights may enter with prior notice; passenger and cargo airliners are not covered.',
    category: 'military',
    parties: ['ROK', 'DPRK'],
    deadline: '2018-11-01',
    deadlineNote: 'In force from 1 November 2018.',
    deadlineNoteKo: '2018년 11월 1일부터 시행.',
    fromDevelopments: [
      { development: 'cma-measures-in-force-2018', status: 'implemented', meetsDeadline: true },
      { development: 'cma-repudiated-2023', status: 'reversed' },
    ],
    updates: [
      {
        status: 'partial',
        effectiveOn: '2022-12-26',
        actors: ['DPRK', 'ROK'],
        summary:
          'Five North Korean drones crossed the line, one reaching northern Seoul; the South fired warning shots and ' +
          'scrambled aircraft but downed none. In reply the South sent manned and unmanned reconnaissance assets near and ' +
          'north of the line to photograph North Korean military sites. On 5 January 2023 the Joint Chiefs of Staff ' +
          'conceded that one drone had entered the no-fly zone around the presidential office.',
        summaryKo:
          '북한 무인기 5대가 군사분계선을 넘었고 1대는 서울 북부까지 왔다. 군은 경고사격과 전투기 출격으로 대응했으나 격추하지 ' +
          '못했고, 상응 조치로 유·무인 정찰자산을 군사분계선 인근과 이북에 보내 북한 군사시설을 촬영했다. 합참은 2023년 1월 5일 ' +
          '무인기 1대가 대통령실 주변 비행금지구역에 들어왔다고 인정했다.',
        sources: [
          {
            url: 'https://www.newsmax.com/world/globaltalk/koreas-tensions/2022/12/26/id/1101889/',
            title: 'S. Korea Fires Warning Shots after North Drones cross Border',
            publisher: 'Associated Press (on Newsmax)',
            publishedOn: '2022-12-26',
            kind: 'news',
          },
          {
            url: 'https://m.hankookilbo.com/News/Read/Amp/A2022122617540004203',
            title: "軍, 北무인기 침범 맞서 유·무인 정찰자산 北에 투입 '초강수'",
            publisher: 'The Hankook Ilbo',
            publishedOn: '2022-12-26',
            kind: 'news',
          },
          {
            url: 'https://english.ahram.org.eg/NewsContent/2/9/483734/World/International/Seoul-says-N-Korean-drone-entered-crucial-nofly-zo.aspx',
            title: 'Seoul says N. Korean drone entered crucial no-fly zone',
            publisher: 'AFP (in Ahram Online)',
            publishedOn: '2023-01-05',
            kind: 'news',
          },
        ],
      },
      {
        status: 'partial',
        effectiveOn: '2023-01-04',
        actors: ['ROK'],
        summary:
          'President Yoon Suk Yeol told aides to consider suspending the agreement if the North violated the South’s ' +
          'territory again.',
        summaryKo:
          '윤석열 대통령은 북한이 다시 영토를 침범하면 9·19 군사합의 효력 정지를 검토하라고 지시했다.',
        sources: [
          {
            url: 'https://en.yna.co.kr/view/AEN20230104007200315',
            title: 'Yoon says S. Korea should consider suspending 2018 tension reduction deal',
            publisher: 'Yonhap News Agency',
            publishedOn: '2023-01-04',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2023-11-22',
        actors: ['ROK'],
        summary:
          'The day after the North launched a military reconnaissance satellite, Seoul suspended the no-fly-zone clause, ' +
          'clearing the way for aerial surveillance along the line again.',
        summaryKo:
          '북한의 군사정찰위성 발사 다음 날 정부는 비행금지구역 조항의 효력을 정지해 군사분계선 일대 공중 정찰을 다시 할 수 있게 ' +
          '했다.',
        sources: [HANI_GP_REBUILT_2023_11_28],
      },
      {
        status: 'reversed',
        effectiveOn: '2024-10-01',
        datePrecision: 'month',
        actors: ['DPRK', 'ROK'],
        standing: 'disputed',
        disputeNote:
          'Alleged, under trial. The North claimed the flights; Seoul’s military did not confirm them at the time. A ' +
          'special counsel’s indictment (10 November 2025) alleges that former President Yoon ordered them; the case is ' +
          'before the courts and no ruling has been made.',
        disputeNoteKo:
          '의혹 단계이며 재판 중이다. 북한이 침투를 주장했고 당시 군은 확인하지 않았다. 특검은 2025년 11월 10일 윤석열 전 ' +
          '대통령이 지시했다며 기소했으며, 재판이 진행 중으로 법원 판단은 나오지 않았다.',
        summary:
          'The North said South Korean drones flew over Pyongyang on 3, 6 and 9 October 2024 and dropped leaflets. On ' +
          '10 November 2025 a South Korean special counsel indicted former President Yoon Suk Yeol and two former ' +
          'commanders for “benefiting the enemy”, alleging they ordered the drone operation to provoke the North.',
        summaryKo:
          '북한은 2024년 10월 3·6·9일 남측 무인기가 평양 상공에 들어와 전단을 뿌렸다고 주장했다. 특검은 2025년 11월 10일 ' +
          '북한을 도발하려 무인기 작전을 지시한 혐의(일반이적)로 윤석열 전 대통령 등 3명을 기소했다.',
        sources: [
          {
            url: 'https://www.aa.com.tr/en/asia-pacific/south-koreas-former-president-yoon-indicted-for-benefiting-the-enemy/3739420',
            title: "South Korea's former President Yoon indicted for 'benefiting the enemy'",
            publisher: 'Anadolu Agency',
            publishedOn: '2025-11-10',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2026-01-04',
        actors: ['DPRK', 'ROK'],
        standing: 'claimed',
        summary:
          'The North said on 10 January 2026 that drones from the South had entered its territory on 27 September 2025 ' +
          'and 4 January 2026. Seoul’s military said they were not its models; a joint military-police team questioned a ' +
          'civilian suspect on 16 January.',
        summaryKo:
          '북한은 2026년 1월 10일 남측 무인기가 2025년 9월 27일과 2026년 1월 4일 영공을 침범했다고 주장했다. 군은 군 운용 ' +
          '기종이 아니라고 했고, 군경 합동조사팀은 1월 16일 민간인 용의자를 조사했다.',
        sources: [
          {
            url: 'https://koreajoongangdaily.joins.com/news/2026-01-17/national/northKorea/Task-force-identifies-questions-civilian-suspect-regarding-drones-that-North-claims-are-from-South/2502373',
            title:
              'Task force identifies, questions civilian suspect regarding drones that North claims are from South',
            publisher: 'Korea JoongAng Daily',
            publishedOn: '2026-01-17',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2026-02-10',
        actors: ['ROK'],
        summary:
          'Unification Minister Chung Dong-young expressed “deep regret” to the North over the recent civilian drone ' +
          'intrusion, called the October 2024 flights reckless and urged restoring the agreement.',
        summaryKo:
          '정동영 통일부 장관은 최근 민간인 무인기의 북한 침범에 대해 북측에 깊은 유감을 표명하고, 2024년 10월 무인기 사건을 ' +
          '무모했다고 하며 군사합의 복원을 촉구했다.',
        sources: [
          {
            url: 'http://koreabizwire.com/seoul-expresses-regret-over-civilian-drones-alleged-incursion-into-north/344000',
            title: "Seoul Expresses Regret Over Civilian Drone's Alleged Incursion Into North",
            publisher: 'Yonhap News Agency (via Korea Bizwire)',
            publishedOn: '2026-02-10',
            kind: 'news',
          },
          {
            url: 'http://world.kbs.co.kr/service/news_view.htm?Seq_Code=199467&lang=e',
            title: 'Seoul Offers Regrets for S. Korean Spy Drone Incursions into North',
            publisher: 'KBS World',
            publishedOn: '2026-02-11',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2026-02-18',
        actors: ['ROK'],
        summary:
          'On 18–19 February 2026 Seoul said it would seek to reinstate the no-fly zones and was consulting the United ' +
          'States; they remained suspended.',
        summaryKo:
          '2026년 2월 18~19일 정부는 비행금지구역 복원을 추진하며 미국과 협의 중이라고 밝혔다. 비행금지구역은 아직 정지 상태다.',
        sources: [KH_RESTORATION_2026_02_18, JOONGANG_NO_FLY_2026_02_19],
      },
    ],
  },
  {
    slug: 'warning-procedures',
    articleRef: 'Art. 1(4)',
    title: 'Step-by-step warning procedures to prevent accidental clashes',
    titleKo: '우발적 무력충돌 방지를 위한 단계별 경고 절차 (지상·해상 5단계, 공중 4단계)',
    text:
      'Both sides act to prevent accidental armed clashes on land, at sea and in the air. From 1 November 2018 they ' +
      'follow five steps on land and at sea (first and second warning broadcasts, first and second warning shots, then ' +
      'military action) and four in the air (warning radio and signals, interdiction flight, warning shots, military action).',
    category: 'military',
    parties: ['ROK', 'DPRK'],
    deadline: '2018-11-01',
    deadlineNote: 'In force from 1 November 2018.',
    deadlineNoteKo: '2018년 11월 1일부터 시행.',
    fromDevelopments: [
      { development: 'cma-measures-in-force-2018', status: 'implemented', meetsDeadline: true },
      { development: 'cma-repudiated-2023', status: 'reversed' },
      { development: 'cma-suspended-by-south-2024', status: 'reversed' },
    ],
    updates: [
      {
        status: 'reversed',
        effectiveOn: '2024-06-09',
        actors: ['DPRK', 'ROK'],
        summary:
          'With the agreement suspended by both sides, 20 to 30 North Korean soldiers working in the DMZ briefly crossed ' +
          'the Military Demarcation Line and went back after South Korean warning broadcasts and warning shots; Seoul’s ' +
          'military judged the crossing unintentional.',
        summaryKo:
          '양측 모두 합의를 지키지 않는 가운데 비무장지대에서 작업하던 북한군 20~30명이 군사분계선을 잠시 넘었다가 남측의 ' +
          '경고방송과 경고사격 뒤 돌아갔다. 군은 의도적인 월선은 아닌 것으로 판단했다.',
        sources: [
          {
            url: 'https://www.donga.com/en/article/all/20240612/4998682/1',
            title: 'S. Korea fires warning shots at N. Korean troops for violating border',
            publisher: 'The Dong-A Ilbo',
            publishedOn: '2024-06-12',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'gp-withdrawal',
    articleRef: 'Art. 2(1)',
    title:
      "Trial withdrawal of the 11 guard posts on each side that lie within 1 km of the other side's posts",
    titleKo: '비무장지대 내 상호 1km 이내 감시초소(GP) 시범 철수',
    text:
      'As a first step towards removing all guard posts from the DMZ, each side withdraws 11 guard posts on a trial ' +
      'basis by the end of 2018. The 1 km criterion is how Seoul’s defence ministry described the posts chosen (those ' +
      'within about 1 km of the other side’s posts); the clause’s exact wording was not checked against the official text.',
    category: 'military',
    parties: ['ROK', 'DPRK'],
    deadline: '2018-12-31',
    deadlineNote: 'By the end of 2018.',
    deadlineNoteKo: '2018년 말까지.',
    fromDevelopments: [{ development: 'cma-repudiated-2023', status: 'reversed' }],
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-10-26',
        actors: ['ROK', 'DPRK'],
        summary:
          'General-level talks agreed to finish demolishing the posts by the end of November and to verify the ' +
          'withdrawals jointly in December.',
        summaryKo: '장성급 군사회담에서 11월 말까지 GP 철거를 마치고 12월에 상호 검증하기로 했다.',
        sources: [
          {
            url: 'https://www.unikorea.go.kr/eng_unikorea/news/news/?boardId=bbs_0000000000000033&mode=view&cntId=54481',
            title: 'Press Release from the 10th Inter-Korean General-level Military Talks',
            publisher: 'Ministry of Unification (ROK)',
            publishedOn: '2018-10-26',
            kind: 'official',
          },
        ],
      },
      {
        status: 'implemented',
        effectiveOn: '2018-11-01',
        datePrecision: 'month',
        actors: ['ROK', 'DPRK'],
        meetsDeadline: true,
        summary:
          'Both sides pulled troops, weapons and equipment out of their 11 posts and began demolition on 11 November; the ' +
          'North blew up ten of its posts on 20 November and the South used excavators and explosives. By the end of ' +
          'November each side had destroyed ten posts and kept one, disarmed, for its historical value.',
        summaryKo:
          '남북은 각각 11개 GP의 병력·화기·장비를 철수하고 11월 11일 파괴 작업에 들어갔다. 북측은 20일 GP 10곳을 폭파했고 ' +
          '남측은 굴착기와 폭약을 썼다. 11월 말까지 양측은 각 10곳을 파괴하고 1곳씩은 무장을 해제한 채 보존했다.',
        sources: [
          {
            url: 'https://www.hankyung.com/politics/article/201811113752Y',
            title: '국방부 "남북, 오늘부터 시범 철수 GP 완전파괴 시작"',
            publisher: 'Yonhap News Agency (in The Korea Economic Daily)',
            publishedOn: '2018-11-11',
            kind: 'news',
          },
          {
            url: 'https://www.upi.com/North-Korea-demolished-ten-guard-posts-with-explosives-Seoul-says/8761542719787/',
            title: 'North Korea demolished 10 guard posts with explosives, Seoul says',
            publisher: 'UPI',
            publishedOn: '2018-11-20',
            kind: 'news',
          },
          {
            url: 'https://www.seattletimes.com/nation-world/koreas-to-jointly-verify-removal-of-guard-posts-next-week/',
            title: 'Koreas to jointly verify removal of guard posts next week',
            publisher: 'Associated Press (in The Seattle Times)',
            publishedOn: '2018-12-05',
            kind: 'news',
          },
        ],
      },
      {
        status: 'implemented',
        effectiveOn: '2018-12-12',
        actors: ['ROK', 'DPRK'],
        standing: 'disputed',
        disputeNote:
          'That the verification took place is not in dispute; how thorough it was is. On 10 January 2024 Defence ' +
          'Minister Shin Won-sik said the North seemed to have destroyed only the structures above ground and left its ' +
          'underground facilities intact. The Board of Audit and Inspection opened an audit of the verification on ' +
          '18 March 2024. The 2018 Joint Chiefs of Staff report, declassified on 22 October 2024, judged the posts ' +
          'disabled but noted that refused guidance and restricted access limited how far doubts could be cleared.',
        disputeNoteKo:
          '검증이 실시된 사실에는 이견이 없으나 얼마나 철저했는지는 논란이다. 신원식 국방부 장관은 2024년 1월 10일 북한이 ' +
          '지상 구조물만 파괴하고 지하시설은 남겨 둔 것으로 보인다고 말했다. 감사원은 2024년 3월 18일 검증 부실 의혹 감사에 ' +
          '착수했다. 2024년 10월 22일 비밀 해제된 2018년 합참 보고서는 불능화로 평가하면서도 북측의 안내 거부·접근 통제로 ' +
          '의구심 해소가 제한적이었다고 적었다.',
        summary:
          'Eleven seven-member teams from each side crossed the line to check the other side’s withdrawn posts in a ' +
          'one-day mutual verification; the South’s Joint Chiefs of Staff then reported the ten North Korean posts ' +
          'demolished and the eleventh disarmed.',
        summaryKo:
          '남북은 각각 7명씩 11개 검증반을 상대측에 보내 철수한 GP를 하루 동안 상호 검증했다. 합참은 이후 북측 GP 10곳의 ' +
          '파괴와 1곳의 무장 해제를 확인했다고 발표했다.',
        sources: [
          {
            url: 'https://www.vietnamnewsgazette.com/two-koreas-demolish-dmz-guard-posts/',
            title: 'Two Koreas demolish DMZ guard posts',
            publisher: 'VOV5 (via Vietnam News Gazette)',
            kind: 'other',
          },
          {
            url: 'https://koreaherald.com/view.php?mp=3&np=25&ud=20240322050480',
            title: 'Govt. agencies probed for alleged neglect in NK guard post verification',
            publisher: 'The Korea Herald',
            publishedOn: '2024-03-22',
            kind: 'news',
            contests: true,
          },
          {
            url: 'https://www.hankyung.com/article/202403228242Y',
            title: '감사원, 9·19 군사합의 북한 GP 불능화 부실검증 의혹 감사',
            publisher: 'Yonhap News Agency (in The Korea Economic Daily)',
            publishedOn: '2024-03-22',
            kind: 'news',
            contests: true,
          },
          {
            url: 'https://news.tvchosun.com/site/data/html_dir/2024/10/22/2024102290181.html',
            title: '\'北 GP 지하시설 완전파괴\' 거짓발표 문서 첫 공개…유용원 "경위 철저히 조사해야"',
            publisher: 'TV Chosun',
            publishedOn: '2024-10-22',
            kind: 'news',
            contests: true,
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2023-11-24',
        actors: ['DPRK'],
        summary:
          'From 24 November 2023 the North began restoring its demolished guard posts, bringing back troops and heavy ' +
          'weapons such as recoilless guns.',
        summaryKo:
          '2023년 11월 24일부터 북한은 파괴했던 GP를 복원하고 병력과 무반동총 등 중화기를 다시 배치했다.',
        sources: [
          {
            url: 'https://www.koreaherald.com/view.php?ud=20231127000598',
            title: 'N. Korea reinstates DMZ guard posts',
            publisher: 'The Korea Herald',
            publishedOn: '2023-11-27',
            kind: 'news',
          },
          HANI_GP_REBUILT_2023_11_28,
        ],
      },
    ],
  },
  {
    slug: 'jsa-demilitarisation',
    articleRef: 'Art. 2(2) and Annex 2',
    title: 'Disarm the Joint Security Area at Panmunjom',
    titleKo: '판문점 공동경비구역(JSA) 비무장화',
    text:
      'The two sides and the UN Command clear mines from the Joint Security Area within 20 days from 1 October 2018, ' +
      'then withdraw guard posts, personnel and firearms within 5 days; guard duty passes to up to 35 unarmed personnel ' +
      'from each side, and visitors may move freely across the area.',
    category: 'military',
    parties: ['ROK', 'DPRK', 'UNC'],
    deadline: '2018-10-25',
    deadlineNote:
      'Mines to be cleared within 20 days from 1 October 2018, then guard posts, personnel and firearms withdrawn within 5 days.',
    deadlineNoteKo: '2018년 10월 1일부터 20일 안에 지뢰 제거, 이후 5일 안에 초소·인원·화기 철수.',
    fromDevelopments: [{ development: 'cma-repudiated-2023', status: 'reversed' }],
    updates: [
      {
        status: 'partial',
        effectiveOn: '2018-10-25',
        actors: ['ROK', 'DPRK', 'UNC'],
        meetsDeadline: true,
        summary:
          'After 20 days of demining, the two Koreas and the UN Command finished withdrawing firearms and guard posts ' +
          'from the area at 1 p.m., on schedule, and verified it jointly on 26–27 October. Unarmed joint guard duty and ' +
          'free movement for visitors were to follow.',
        summaryKo:
          '20일간의 지뢰 제거 뒤 남북과 유엔사는 예정대로 오후 1시 화기와 초소 철수를 마치고 10월 26~27일 공동 검증했다. ' +
          '비무장 공동 경비와 방문객 자유 왕래는 후속 단계로 남았다.',
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
        effectiveOn: '2019-04-28',
        actors: ['ROK', 'UNC', 'DPRK'],
        summary:
          'Seoul announced that public tours of Panmunjom would resume on 1 May 2019, with unarmed guards walking ' +
          'visitors through the main sites. Three-way talks with the UN Command on free movement across the area had ' +
          'made little headway for lack of engagement by the North, with no round since November 2018.',
        summaryKo:
          '국방부는 5월 1일부터 판문점 견학을 재개하며 비무장 경비 인원이 방문객을 안내한다고 밝혔다. 유엔사와 남북 간 자유 ' +
          '왕래 협의는 북측의 호응이 없어 2018년 11월 3차 협의 이후 열리지 않았다.',
        sources: [
          {
            url: 'http://www.donga.com/en/article/all/20190430/1715909/1/S-Korean-military-resumes-Panmunjom-tour-program',
            title: 'S. Korean military resumes Panmunjom tour program',
            publisher: 'The Dong-A Ilbo',
            publishedOn: '2019-04-30',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2023-12-19',
        actors: ['UNC', 'ROK', 'DPRK'],
        summary:
          'North Korean guards in the area had carried arms again since late November 2023. The UN Command authorised ' +
          'the guards on its side, South Korean and US troops, to re-arm, while telling both Koreas that a disarmed area ' +
          'is safer; South Korean personnel had been armed since early December.',
        summaryKo:
          '북한 JSA 경비병이 2023년 11월 말부터 다시 무장하자 유엔사는 남측 구역 한미 경비 인원의 재무장을 허용하면서, 비무장 ' +
          'JSA가 더 안전하다는 입장을 남북에 전했다. 한국군 인원은 12월 초부터 무장했다.',
        sources: [
          {
            url: 'https://world.kbs.co.kr/special/northkorea/contents/news/news_view.htm?lang=e&No=182525',
            title: 'UN Command Reauthorizes Forces at Panmunjeom to Carry Firearms',
            publisher: 'KBS World',
            publishedOn: '2023-12-19',
            kind: 'news',
          },
          {
            url: 'https://www.koreaherald.com/view.php?ud=20231219000585',
            title: 'S. Korean, US border guards resume armament in JSA',
            publisher: 'The Korea Herald',
            publishedOn: '2023-12-19',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'arrowhead-remains-recovery',
    articleRef: 'Art. 2(3)',
    title: 'Joint recovery of war remains at Arrowhead Hill',
    titleKo: '화살머리고지 남북 공동유해발굴 (시범)',
    text:
      'As a pilot, the two sides clear mines and open a road across the DMZ at Arrowhead Hill in Cheorwon by the end ' +
      'of 2018, form joint recovery teams by the end of February 2019, and jointly recover the remains of soldiers ' +
      'killed there in the Korean War from 1 April to 31 October 2019.',
    category: 'military',
    parties: ['ROK', 'DPRK'],
    deadline: '2019-10-31',
    deadlineNote:
      'Road by 31 December 2018; joint teams by the end of February 2019; joint recovery from 1 April to 31 October 2019.',
    deadlineNoteKo:
      '2018년 12월 31일까지 도로 개설, 2019년 2월 말까지 공동유해발굴단 구성, 2019년 4월 1일~10월 31일 공동발굴.',
    fromDevelopments: [{ development: 'cma-repudiated-2023', status: 'abandoned' }],
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-11-22',
        actors: ['ROK', 'DPRK'],
        summary:
          'After clearing mines at the site, the two militaries joined up a 12 m-wide road across the Military ' +
          'Demarcation Line at Arrowhead Hill, ahead of the end-2018 time limit for the road.',
        summaryKo:
          '지뢰 제거 작업을 거쳐 남북 군은 화살머리고지에서 군사분계선을 가로지르는 폭 12m 도로를 연말 시한보다 먼저 연결했다.',
        sources: [
          {
            url: 'https://ir.newspim.com/news/view/20181122000144',
            title: '남북, 22일 철원 화살머리 고지 12m 폭 도로 연결',
            publisher: 'Newspim',
            publishedOn: '2018-11-22',
            kind: 'news',
          },
        ],
      },
      {
        status: 'stalled',
        effectiveOn: '2019-04-01',
        actors: ['DPRK', 'ROK'],
        summary:
          'The joint recovery due to start on 1 April did not begin: the North had not answered Seoul’s calls. The ' +
          'South began preparatory excavation alone on its side of the line, ready to switch to joint work if the North ' +
          'responded.',
        summaryKo:
          '4월 1일 시작할 예정이던 공동발굴은 북측이 남측 제안에 응답하지 않아 시작되지 못했다. 남측은 북측이 응하면 ' +
          '공동발굴로 전환할 수 있도록 군사분계선 이남에서 단독으로 기초 발굴에 들어갔다.',
        sources: [AFP_EXCAVATION_ALONE_2019_04_01],
      },
      {
        status: 'partial',
        effectiveOn: '2021-06-24',
        actors: ['ROK'],
        summary:
          'The South ended two and a half years of excavation on its side of Arrowhead Hill, done alone because the ' +
          'North never joined: 3,092 bone fragments, provisionally from 424 individuals, 9 of them identified. The joint ' +
          'recovery never took place.',
        summaryKo:
          '남측이 북측 불응으로 2년 반 동안 단독으로 진행한 화살머리고지 유해발굴을 마쳤다. 유해 3,092점(424구 추정)을 ' +
          '수습해 9명의 신원을 확인했다. 공동발굴은 끝내 이뤄지지 않았다.',
        sources: [
          {
            url: 'https://www.koreanewsdigest.com/s-korea-wraps-up-war-remains-excavation-at-arrowhead-ridge-in-dmz/',
            title: 'S. Korea wraps up war remains excavation at Arrowhead Ridge in DMZ',
            publisher: 'Yonhap News Agency (via Korea News Digest)',
            publishedOn: '2021-06-24',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'dmz-historic-sites',
    articleRef: 'Art. 2(4)',
    title:
      'Keep discussing military guarantees for joint surveys and excavation of historic sites in the DMZ',
    titleKo: '비무장지대 내 역사유적 공동조사·발굴 군사적 보장 협의',
    text:
      'The two sides continue to discuss military guarantees so that historic sites inside the DMZ can be surveyed ' +
      'and excavated jointly. Seoul cited the Taebong-era capital at Cheorwon, which the demarcation line cuts in ' +
      'half, as an example.',
    category: 'exchange',
    parties: ['ROK', 'DPRK'],
    fromDevelopments: [
      { development: 'liaison-office-destroyed-2020', status: 'stalled' },
      { development: 'cma-repudiated-2023', status: 'abandoned' },
    ],
    updates: [
      {
        status: 'not_started',
        effectiveOn: '2018-09-19',
        actors: ['ROK'],
        summary:
          'On signing, Seoul said it would give military support, such as mine clearance, to excavating DMZ sites like ' +
          'the Taebong-era Cheorwon capital.',
        summaryKo:
          '합의 당일 정부는 태봉국 철원성 등 비무장지대 유적 발굴을 위해 지뢰 제거 등 군사적 지원을 하겠다고 밝혔다.',
        sources: [
          {
            url: 'http://the300.mt.co.kr/newsView.html?no=2018091912417617486',
            title: "[2018 평양]남북, DMZ '궁예 도성' 공동조사·발굴",
            publisher: 'Money Today the300',
            publishedOn: '2018-09-19',
            kind: 'news',
          },
        ],
      },
      {
        status: 'in_progress',
        effectiveOn: '2018-10-19',
        actors: ['ROK'],
        summary:
          'South Korean lawmakers and heritage officials inspected the Taebong capital site inside the DMZ, whose inner ' +
          'walls and palace site lie on the North’s side.',
        summaryKo:
          '국회 문화체육관광위원회 의원들과 문화재청이 비무장지대 안 태봉국 철원성 터를 현장 시찰했다. 내성과 궁궐터는 북측 ' +
          '관할 지역에 있다.',
        sources: [
          {
            url: 'https://imnews.imbc.com/replay/2018/nwdesk/article/4887785_30182.html',
            title: "'궁예의 꿈' 무르익던 도성…남북이 같이 삽 뜬다",
            publisher: 'MBC',
            publishedOn: '2018-10-19',
            kind: 'news',
          },
        ],
      },
      {
        status: 'in_progress',
        effectiveOn: '2019-04-16',
        actors: ['ROK'],
        summary:
          'The Cultural Heritage Administration began surveying heritage in the cleared Arrowhead Hill area, described as ' +
          'preparation for the joint survey and excavation in the agreement.',
        summaryKo:
          '문화재청이 지뢰를 제거한 화살머리고지 일대에서 문화재 분포 조사를 시작했다. 군사분야 합의서의 역사유적 공동조사를 ' +
          '위한 사전 준비라고 설명했다.',
        sources: [
          {
            url: 'https://m.mbn.co.kr/news-amp/3810209',
            title: '철원 화살머리고지서 문화재 분포 조사…"세계유산 등재를 위한 길"',
            publisher: 'MBN',
            publishedOn: '2019-04-16',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'west-sea-clash-prevention',
    articleRef: 'Art. 3(1)',
    title: 'Reaffirm and fully restore the 2004 agreement on preventing accidental clashes in the West Sea',
    titleKo: '2004년 6·4 서해 우발적 충돌 방지 합의 재확인 및 전면 복원·이행',
    text:
      'The two sides reaffirm the general-level agreement of 4 June 2004 on preventing accidental naval clashes in the ' +
      'West Sea (a shared ship-to-ship radio channel, signals, and exchanging information on third-country boats ' +
      'fishing illegally over the West Sea line) and restore and carry it out in full.',
    category: 'military',
    parties: ['ROK', 'DPRK'],
    fromDevelopments: [
      { development: 'communication-lines-cut-2020', status: 'reversed' },
      { development: 'cma-repudiated-2023', status: 'abandoned' },
    ],
    updates: [
      {
        status: 'implemented',
        effectiveOn: '2018-11-02',
        actors: ['ROK', 'DPRK'],
        summary:
          'The two militaries exchanged information on third-country boats fishing illegally near the Northern Limit ' +
          'Line for the first time since 2008, completing the restoration of the 2004 arrangements; the shared ' +
          'ship-to-ship channel had been working again since 1 July 2018.',
        summaryKo:
          '남북 군이 2008년 이후 처음으로 북방한계선 일대 제3국 불법조업 선박 정보를 교환해 2004년 6·4 합의가 완전히 ' +
          '복원됐다. 국제상선공통망은 2018년 7월 1일부터 다시 정상 운용되고 있었다.',
        sources: [
          {
            url: 'https://m.ajunews.com/amp/20181102103811590',
            title: "남북, 서해 NLL 불법조업 선박 정보교환…'6·4 합의서' 10년 만에 완전복원",
            publisher: 'Aju Business Daily',
            publishedOn: '2018-11-02',
            kind: 'news',
          },
          MND_WHITE_PAPER_2018_P297,
        ],
      },
      {
        status: 'partial',
        effectiveOn: '2021-07-29',
        actors: ['ROK', 'DPRK'],
        summary:
          'Two days after the military lines were restored, the two sides again exchanged information on illegal fishing ' +
          'boats over the West Sea line; the North did not yet answer the ship-to-ship channel.',
        summaryKo:
          '군 통신선 복원 이틀 뒤 남북이 서해 군 통신선으로 불법조업 선박 정보를 다시 교환했다. 국제상선공통망에는 북측이 ' +
          '아직 응답하지 않았다.',
        sources: [
          {
            url: 'https://www.hankyung.com/politics/article/202107296964Y',
            title: '서해 통신선으로 불법조업선박 정보교환…함정교신 북측 응답 없어',
            publisher: 'Yonhap News Agency (in The Korea Economic Daily)',
            publishedOn: '2021-07-29',
            kind: 'news',
          },
        ],
      },
      {
        status: 'implemented',
        effectiveOn: '2021-08-03',
        actors: ['DPRK', 'ROK'],
        summary:
          'The North answered the ship-to-ship channel for the first time since the June 2020 cut-off.',
        summaryKo: '북한이 2020년 6월 단절 이후 처음으로 국제상선공통망 호출에 응답했다.',
        sources: [
          {
            url: 'https://m.segye.com/view/20210803511639',
            title: '北, 국제상선공통망 호출 응답… 남북 군사 통신 채널 완전 복원',
            publisher: 'Segye Ilbo',
            publishedOn: '2021-08-03',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2023-04-07',
        actors: ['DPRK'],
        summary:
          'The North stopped answering the routine calls on the military lines and the liaison line, the channels the ' +
          '2004 arrangements depend on.',
        summaryKo:
          '북한이 2004년 합의 이행의 통로인 군 통신선과 연락채널의 정기 통화에 응답하지 않기 시작했다.',
        sources: [YONHAP_LINES_UNANSWERED_2023_04_07, YONHAP_LINES_7TH_DAY_2023_04_13],
      },
    ],
  },
  {
    slug: 'west-sea-peace-zone',
    articleRef: 'Art. 3(2)',
    title: 'Maritime peace zone, trial joint fishing zone and joint patrols in the West Sea',
    titleKo: '서해 북방한계선 일대 평화수역 및 시범적 공동어로구역 조성',
    text:
      'The two sides turn the area around the Northern Limit Line in the West Sea into a maritime peace zone, set up a ' +
      'trial joint fishing zone, guarantee the safety of people and vessels entering them, and run joint patrols to ' +
      'keep illegal fishing out.',
    category: 'military',
    parties: ['ROK', 'DPRK'],
    fromDevelopments: [{ development: 'cma-repudiated-2023', status: 'abandoned' }],
    updates: [
      {
        status: 'not_started',
        effectiveOn: '2018-11-15',
        actors: ['ROK', 'DPRK'],
        standing: 'disputed',
        disputeNote:
          'Where the zone lies is itself disputed: the South measures it from the Northern Limit Line, which the North ' +
          'does not recognise, and the two sides never agreed a common baseline.',
        disputeNoteKo:
          '평화수역의 위치 자체가 쟁점이다. 남측은 북방한계선을 기준으로 삼지만 북측은 이를 인정하지 않으며, 양측은 공동의 ' +
          '기준선에 합의하지 못했다.',
        summary:
          'Seoul’s defence ministry said the two sides still had to agree on a baseline in the area near the Northern ' +
          'Limit Line; for lack of one, no maritime no-fly zone had been set over the West Sea either.',
        summaryKo:
          '국방부는 서해 북방한계선 일대의 기준선에 남북이 아직 합의해야 하며, 기준선이 없어 서해 상공 비행금지구역도 정하지 ' +
          '못했다고 밝혔다.',
        sources: [
          {
            url: 'https://english.chosun.com/site/data/html_dir/2018/11/16/2018111601555.html',
            title: 'Defense Ministry to Expand No-Fly Zone to NLL',
            publisher: 'The Chosun Ilbo',
            publishedOn: '2018-11-16',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'passage-communication-customs',
    articleRef: 'Art. 4',
    title:
      'Military guarantees for passage, communication and customs; discuss a Haeju route and Jeju Strait passage',
    titleKo: '남북관리구역 통행·통신·통관(3통) 군사적 보장 및 북측 선박 해주직항로·제주해협 통과 문제 협의',
    text:
      'The two sides give military guarantees for passage, communication and customs in the inter-Korean management ' +
      'zones, and discuss, together with the West Sea peace zone, letting North Korean ships use a direct route to ' +
      'Haeju and pass through the Jeju Strait.',
    category: 'military',
    parties: ['ROK', 'DPRK'],
    fromDevelopments: [{ development: 'cma-repudiated-2023', status: 'abandoned' }],
    updates: [
      {
        status: 'partial',
        effectiveOn: '2018-12-08',
        actors: ['ROK', 'DPRK'],
        summary:
          'With crossings guaranteed, South Korean rail survey teams travelled into the North: along the Gyeongui line ' +
          'from 30 November and the Donghae line from 8 December 2018. Talks on a Haeju route and the Jeju Strait never ' +
          'took place, as far as this record found.',
        summaryKo:
          '통행이 보장되면서 남측 철도 조사단이 11월 30일부터 경의선, 12월 8일부터 동해선 구간으로 북한에 들어갔다. 해주 ' +
          '직항로·제주해협 통과 문제는 확인된 범위에서 협의되지 않았다.',
        sources: [
          {
            url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=141408',
            title: "Joint Inspection of N. Korea's Eastern Rail Line Begins",
            publisher: 'KBS World',
            publishedOn: '2018-12-08',
            kind: 'news',
          },
        ],
      },
      {
        status: 'stalled',
        effectiveOn: '2020-01-01',
        datePrecision: 'month',
        actors: ['ROK', 'DPRK'],
        summary:
          'Overland traffic through the western corridor stopped in late January 2020, when the joint liaison office ' +
          'suspended operations over Covid-19.',
        summaryKo:
          '2020년 1월 말 코로나19로 남북공동연락사무소 운영이 잠정 중단되면서 경의선 육로 통행이 멈췄다.',
        sources: [
          {
            url: 'https://mnd.go.kr/mnd_book/DefenseWhitePaper/2020/01_2020_mnd_all/files/basic-html/page253.html',
            title: 'Page 253 - 2020 국방백서',
            publisher: 'Ministry of National Defense (ROK)',
            kind: 'official',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2024-10-15',
        actors: ['DPRK'],
        summary:
          'The North blew up sections of the Gyeongui and Donghae roads running through the management zones.',
        summaryKo: '북한이 남북관리구역을 지나는 경의선·동해선 도로 일부를 폭파했다.',
        sources: [KBS_ROADS_2024_10_15],
      },
    ],
  },
  {
    slug: 'han-river-estuary',
    articleRef: 'Art. 4(4) and Annex 5',
    title: 'Joint civilian use of the Han River estuary',
    titleKo: '한강(임진강) 하구 공동이용',
    text:
      'The two sides provide military guarantees for joint use of the Han (Imjin) River estuary: a 70 km shared zone ' +
      'is designated, surveyed jointly by the end of 2018, and opened to civilian vessels.',
    textKo: '쌍방은 한강(임진강)하구 공동이용을 위한 군사적 보장대책을 강구하기로 하였다.',
    category: 'economic',
    parties: ['ROK', 'DPRK'],
    deadline: '2018-12-31',
    deadlineNote: 'Joint field survey of the shared zone by the end of December 2018 (Annex 5).',
    deadlineNoteKo: '2018년 12월 말까지 공동이용수역 현장조사 (부속합의서 5).',
    fromDevelopments: [{ development: 'cma-repudiated-2023', status: 'abandoned' }],
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-11-05',
        actors: ['ROK', 'DPRK'],
        summary: 'The two sides began a joint hydrographic survey of the shared estuary zone.',
        summaryKo: '남북이 한강하구 공동이용수역의 공동 수로조사를 시작했다.',
        sources: [
          {
            url: 'https://www.mnd.go.kr/user/boardList.action?command=view&page=32&boardId=O_47261&boardSeq=O_200664&titleId=null&siteId=mndEN&id=mndEN_020100000000&column=null&search=null',
            title: 'Two Koreas Start First Joint Survey of Han River Estuary Waterway',
            publisher: 'Ministry of National Defense (ROK)',
            kind: 'official',
          },
          {
            url: 'https://m.korea.kr/briefing/pressReleaseView.do?newsId=156302296',
            title: '한강(임진강)하구 공동이용수역 남북 공동수로조사 실시',
            publisher: 'Ministry of Oceans and Fisheries (ROK)',
            publishedOn: '2018-11-05',
            kind: 'official',
          },
        ],
      },
      {
        status: 'in_progress',
        effectiveOn: '2018-12-09',
        actors: ['ROK', 'DPRK'],
        meetsDeadline: true,
        summary: 'The joint survey of the estuary waterways was completed, within the end-2018 time limit.',
        summaryKo: '한강하구 공동 수로조사가 2018년 말 시한 안에 완료됐다.',
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
        actors: ['ROK'],
        summary:
          'The South handed the North a nautical chart drawn from the joint survey; trial civilian sailing was planned ' +
          'from 1 April 2019.',
        summaryKo:
          '남측이 공동조사를 바탕으로 만든 해도를 북측에 전달했다. 민간 선박 시범 항행은 2019년 4월 1일부터로 계획됐다.',
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
        effectiveOn: '2020-11-01',
        actors: ['ROK'],
        summary:
          'The South announced a ten-month ecological survey of the wetlands on its own side of the estuary, described as ' +
          'preparation for a possible joint inspection; no joint step had followed the chart handed over in January 2019, ' +
          'as far as this record found.',
        summaryKo:
          '정부는 남측 구역 습지에 대한 10개월간의 생태조사를 발표하며 향후 남북 공동조사에 대비한 것이라고 설명했다. 2019년 ' +
          '1월 해도 전달 이후 확인된 남북 공동 조치는 없었다.',
        sources: [
          {
            url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=157290',
            title: 'S. Korea to Launch 10-Month Ecological Survey on Han River Estuary',
            publisher: 'KBS World',
            publishedOn: '2020-11-01',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'military-hotlines',
    articleRef: 'Art. 5',
    title: 'Direct lines between the military authorities; regular checks of implementation',
    titleKo: '남북 군사당국자 간 직통전화 설치·운영 협의 및 합의 이행상태 정기 점검',
    text:
      'The two sides keep discussing direct telephone lines between their military authorities, carry out their ' +
      'military agreements faithfully, and check and assess implementation regularly. (The joint military committee, ' +
      'also in this article, is tracked separately.)',
    category: 'military',
    parties: ['ROK', 'DPRK'],
    fromDevelopments: [
      { development: 'communication-lines-cut-2020', status: 'reversed' },
      { development: 'cma-repudiated-2023', status: 'abandoned' },
    ],
    updates: [
      {
        status: 'partial',
        effectiveOn: '2018-09-19',
        actors: ['ROK', 'DPRK'],
        summary:
          'When the agreement was signed, the existing western and eastern military communication lines, restored on ' +
          '16 July and 15 August 2018, were working and carried its implementation. This record found no report that the ' +
          'new direct lines between military authorities were ever installed.',
        summaryKo:
          '합의 서명 당시 2018년 7월 16일과 8월 15일 복구된 서해·동해지구 군 통신선이 가동되며 합의 이행 창구 역할을 했다. ' +
          '새로운 군사당국자 간 직통전화가 설치됐다는 보도는 찾지 못했다.',
        sources: [MND_WHITE_PAPER_2018_P297],
      },
      {
        status: 'partial',
        effectiveOn: '2021-07-27',
        actors: ['ROK', 'DPRK'],
        summary:
          'The military lines resumed normal operation after 13 months, following an agreement between the two leaders.',
        summaryKo: '정상 간 합의에 따라 군 통신선이 13개월 만에 정상 가동됐다.',
        sources: [
          {
            url: 'https://en.yna.co.kr/view/AEN20210727006400325',
            title:
              'Inter-Korean military hotlines in normal operation after 13-month suspension: defense ministry',
            publisher: 'Yonhap News Agency',
            publishedOn: '2021-07-27',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2021-08-01',
        datePrecision: 'month',
        actors: ['DPRK'],
        summary:
          'In August 2021 the North stopped answering again, in protest at the annual combined South Korea–US exercise.',
        summaryKo: '2021년 8월 북한이 한미연합훈련에 반발해 다시 통신선 응답을 중단했다.',
        sources: [YONHAP_LINES_UNANSWERED_2023_04_07],
      },
      {
        status: 'partial',
        effectiveOn: '2021-10-04',
        actors: ['ROK', 'DPRK'],
        summary: 'After about two months the lines were restored.',
        summaryKo: '약 두 달 만에 통신선이 복원됐다.',
        sources: [YONHAP_LINES_UNANSWERED_2023_04_07],
      },
      {
        status: 'reversed',
        effectiveOn: '2023-04-07',
        actors: ['DPRK'],
        summary:
          'The North stopped answering the twice-daily calls on the military lines and the liaison line; by 13 April it ' +
          'was the seventh day without an answer.',
        summaryKo:
          '북한이 군 통신선과 연락채널의 하루 두 차례 정기 통화에 응답하지 않기 시작했고, 4월 13일까지 7일째 무응답이 이어졌다.',
        sources: [YONHAP_LINES_UNANSWERED_2023_04_07, YONHAP_LINES_7TH_DAY_2023_04_13],
      },
      {
        status: 'reversed',
        effectiveOn: '2023-09-18',
        actors: ['ROK'],
        standing: 'claimed',
        summary:
          'Five years on, the South’s defence ministry counted 11 of the agreement’s 24 detailed items as carried out and ' +
          '10 as not carried out, and listed 17 North Korean violations. This is one side’s review; no joint check of ' +
          'implementation was found.',
        summaryKo:
          '합의 5년을 맞아 국방부는 24개 세부 과제 중 11개 이행, 10개 미이행으로 집계하고 북한의 위반을 17건으로 꼽았다. ' +
          '한쪽의 점검이며 남북 공동 점검은 확인되지 않았다.',
        sources: [
          {
            url: 'https://ir.newspim.com/news/view/20230918000990',
            title: "'9·19 남북군사합의' 24개 중 10개 미이행‧11개 이행…북한 17건 위반",
            publisher: 'Newspim',
            publishedOn: '2023-09-18',
            kind: 'news',
          },
        ],
      },
    ],
  },
];
