import type { SeedCommitment } from '../seed-types.ts';
import {
  MOU_HIGH_LEVEL_TALKS_2018_10_15,
  KH_RESTORATION_2026_02_18,
  JOONGANG_NO_FLY_2026_02_19,
  JOONGANG_PHASED_2025_08_18,
  DONGA_ROADS_2024_10_16,
  KH_IOC_2019_02_15,
} from './sources.ts';

/** The Pyongyang Joint Declaration's commitments, in article order. */
export const pjdCommitments: SeedCommitment[] = [
  {
    slug: 'cma-adoption',
    articleRef: 'Art. 1(1)',
    title: 'Adopt the Comprehensive Military Agreement and carry it out',
    titleKo: '판문점선언 군사분야 이행합의서',
    text:
      'The two sides adopt the military agreement annexed to the declaration and undertake to implement it ' +
      'faithfully, taking practical steps to end military hostility across the peninsula.',
    category: 'military',
    parties: ['ROK', 'DPRK'],
    deadlineNote: 'No overall deadline; individual measures carry their own dates.',
    expectedStatus: 'reversed',
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-09-19',
        summary:
          'The two defence ministers, Song Young-moo and No Kwang-chol, signed the military agreement in Pyongyang.',
        summaryKo: '송영무 국방부 장관과 노광철 인민무력상이 평양에서 군사분야 합의서에 서명했다.',
        sources: [
          {
            url: 'https://www.koreaherald.com/view.php?ud=20180919000752',
            title: 'Two Koreas agree on no-fly zone and buffer zones in military pact',
            publisher: 'The Korea Herald',
            publishedOn: '2018-09-19',
            kind: 'news',
          },
        ],
      },
      {
        status: 'in_progress',
        effectiveOn: '2018-10-23',
        summary:
          'President Moon ratified the agreement after a cabinet vote, without seeking National Assembly approval.',
        sources: [
          {
            url: 'https://www.koreaherald.com/view.php?ud=20181023000523',
            title: 'Moon ratifies Pyongyang Declaration and inter-Korean military agreement',
            publisher: 'The Korea Herald',
            publishedOn: '2018-10-23',
            kind: 'news',
          },
          {
            url: 'https://news.alayham.com/node/681560',
            title: 'Moon ratifies the Pyongyang declaration and military agreement (mirror)',
            publisher: 'Alayham News',
            kind: 'other',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2023-11-22',
        summary:
          "After the North's reconnaissance satellite launch, Seoul's cabinet suspended the agreement's no-fly-zone clause.",
        sources: [
          {
            url: 'https://m.korean-vibe.com/news/newsview.php?ncode=179538121695359',
            title: 'Cabinet suspends no-fly-zone clause of the 2018 inter-Korean military agreement',
            publisher: 'Korean Vibe (Yonhap)',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2023-11-23',
        summary: "The North's defence ministry declared that it would never again be bound by the agreement.",
        sources: [
          {
            url: 'https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=181964',
            title: 'North Korea says it will no longer abide by the inter-Korean military agreement',
            publisher: 'KBS World',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2024-06-04',
        summary:
          "Seoul's cabinet suspended the whole agreement and President Yoon Suk Yeol approved the decision.",
        sources: [
          {
            url: 'https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=185847',
            title: 'Cabinet approves full suspension of the 2018 inter-Korean military agreement',
            publisher: 'KBS World',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2025-08-15',
        summary:
          'In his Liberation Day speech, President Lee Jae Myung pledged "proactive, gradual" steps to restore the agreement.',
        sources: [JOONGANG_PHASED_2025_08_18],
      },
      {
        status: 'reversed',
        effectiveOn: '2025-08-18',
        summary:
          'Lee told ministries to prepare a phased implementation of existing inter-Korean agreements, starting where possible.',
        sources: [JOONGANG_PHASED_2025_08_18],
      },
      {
        status: 'reversed',
        effectiveOn: '2025-09-19',
        summary:
          "On the agreement's anniversary Lee repeated the pledge; restoring it became part of the government's five-year policy plan.",
        sources: [
          {
            url: 'https://www.koreaherald.com/article/10579237',
            title: 'Lee renews pledge to restore the Sept. 19 military agreement on its anniversary',
            publisher: 'The Korea Herald',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2026-01-08',
        summary:
          'The standing committee of the National Security Council discussed restoration; no timing was decided.',
        sources: [
          {
            url: 'https://www.donga.com/en/article/all/20260113/6055780/1',
            title: 'NSC discusses restoring the Sept. 19 military agreement, timing undecided',
            publisher: 'The Dong-A Ilbo',
            publishedOn: '2026-01-13',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2026-02-18',
        summary: 'The unification minister said Seoul would pre-emptively seek to restore the agreement.',
        summaryKo: '통일부 장관은 정부가 9·19 군사합의의 선제적 복원을 추진하겠다고 밝혔다.',
        sources: [KH_RESTORATION_2026_02_18],
      },
      {
        status: 'reversed',
        effectiveOn: '2026-02-19',
        summary:
          'The defence ministry said it was consulting the United States on a partial restoration; the agreement remained suspended.',
        summaryKo:
          '국방부는 부분 복원을 두고 미국과 협의 중이라고 밝혔으며, 합의는 여전히 효력이 정지된 상태다.',
        sources: [JOONGANG_NO_FLY_2026_02_19],
      },
    ],
  },
  {
    slug: 'joint-military-committee',
    articleRef: 'Art. 1; CMA Art. 1(1)',
    title: 'Set up the Inter-Korean Joint Military Committee',
    titleKo: '남북군사공동위원회',
    text:
      'The two sides agree to form and run a joint military committee promptly, to oversee the military ' +
      'agreement and keep up consultation between the two militaries.',
    category: 'military',
    parties: ['ROK', 'DPRK'],
    expectedStatus: 'abandoned',
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-10-15',
        summary:
          'High-level talks agreed that general-level military talks would take up the setting-up and running of the committee.',
        sources: [MOU_HIGH_LEVEL_TALKS_2018_10_15],
      },
      {
        status: 'abandoned',
        effectiveOn: '2025-11-17',
        summary:
          'With no committee ever convened and military lines cut, Seoul proposed talks on the border line, relayed through the UN Command.',
        sources: [
          {
            url: 'https://www.devdiscourse.com/article/law-order/3700379-south-korea-proposes-military-talks-to-clarify-dmz-boundary',
            title: 'South Korea proposes military talks to clarify DMZ boundary',
            publisher: 'Devdiscourse (Reuters)',
            publishedOn: '2025-11-17',
            kind: 'news',
          },
        ],
      },
      {
        status: 'abandoned',
        effectiveOn: '2025-11-20',
        summary:
          'Reports noted that such talks, if held, would be the first inter-Korean military dialogue since 2018.',
        summaryKo:
          '회담이 열린다면 2018년 이후 첫 남북 군사회담이 된다는 보도가 나왔다. 공동위원회는 한 번도 열리지 않았다.',
        sources: [
          {
            url: 'https://menafn.com/1110371674/South-Korea-Calls-on-North-to-Accept-Military-Talks-Proposal',
            title: 'South Korea calls on North to accept military talks proposal',
            publisher: 'MENAFN (Anadolu)',
            publishedOn: '2025-11-20',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'rail-road-links',
    articleRef: 'Art. 2(1)',
    title: 'Connect and modernise the east- and west-coast railways and roads',
    titleKo: '동·서해선 철도 및 도로 연결',
    text:
      'The two sides agree to hold a groundbreaking ceremony within the year for connecting and modernising ' +
      'the railways and roads along the east and west coasts.',
    category: 'economic',
    parties: ['ROK', 'DPRK'],
    deadline: '2018-12-31',
    deadlineNote: 'Groundbreaking ceremony within 2018.',
    expectedStatus: 'reversed',
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-10-15',
        summary: 'High-level talks set the groundbreaking for late November to early December 2018.',
        sources: [MOU_HIGH_LEVEL_TALKS_2018_10_15],
      },
      {
        status: 'in_progress',
        effectiveOn: '2018-12-26',
        summary:
          'A groundbreaking ceremony was held at Panmun Station in Kaesong under a UN sanctions exemption; no construction followed.',
        sources: [
          {
            url: 'https://www.koreaherald.com/view.php?ud=20181226000161',
            title: 'Koreas hold groundbreaking ceremony to reconnect railways and roads',
            publisher: 'The Korea Herald',
            publishedOn: '2018-12-26',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2024-08-01',
        summary: 'In August 2024 the North blocked the cross-border railway lines.',
        sources: [DONGA_ROADS_2024_10_16],
      },
      {
        status: 'reversed',
        effectiveOn: '2024-10-15',
        summary: 'The North blew up sections of the Gyeongui and Donghae roads north of the border line.',
        summaryKo: '북한이 군사분계선 북측의 경의선·동해선 도로 일부 구간을 폭파했다.',
        sources: [DONGA_ROADS_2024_10_16],
      },
    ],
  },
  {
    slug: 'kaesong-kumgang-normalisation',
    articleRef: 'Art. 2(2)',
    title: 'Normalise the Kaesong Industrial Complex and Mount Kumgang tourism',
    titleKo: '개성공단과 금강산관광 사업 정상화',
    text:
      'The two sides agree to normalise the Kaesong Industrial Complex and the Mount Kumgang tourism project ' +
      'first, once conditions are in place.',
    category: 'economic',
    parties: ['ROK', 'DPRK'],
    deadlineNote: 'When conditions are ripe.',
    expectedStatus: 'reversed',
    updates: [
      {
        status: 'not_started',
        effectiveOn: '2019-01-01',
        summary:
          "In January 2019 Seoul put off a decision on Kaesong business owners' request to visit their factories.",
        sources: [
          {
            url: 'https://www.koreaherald.com/view.php?ud=20190118000366',
            title: "Seoul defers decision on Kaesong business owners' request to visit the complex",
            publisher: 'The Korea Herald',
            publishedOn: '2019-01-18',
            kind: 'news',
          },
        ],
      },
      {
        status: 'stalled',
        effectiveOn: '2019-10-23',
        summary:
          'North Korean state media reported that Kim Jong-un had ordered the removal of South Korean-built facilities at Mount Kumgang.',
        sources: [
          {
            url: 'https://www.dw.com/en/north-korea-kim-jong-un-orders-destruction-of-joint-tourist-site/a-50942824',
            title: 'North Korea: Kim Jong Un orders destruction of joint tourist site',
            publisher: 'Deutsche Welle',
            kind: 'news',
          },
        ],
      },
      {
        status: 'stalled',
        effectiveOn: '2020-06-16',
        summary:
          'Context: the North blew up the inter-Korean liaison office in Kaesong, a project of the April 2018 Panmunjom Declaration.',
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
        status: 'reversed',
        effectiveOn: '2023-05-01',
        summary: 'In May 2023 the Haegeumgang hotel at Mount Kumgang was reported fully dismantled.',
        sources: [
          {
            url: 'https://www.donga.com/en/article/all/20230505/4135354/1',
            title: 'North Korea completes removal of the Haegeumgang hotel at Mount Kumgang',
            publisher: 'The Dong-A Ilbo',
            publishedOn: '2023-05-05',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2023-05-09',
        summary:
          'Seoul said the North appeared to be running about ten South Korean-owned Kaesong factories without authorisation.',
        sources: [
          {
            url: 'https://en.yna.co.kr/view/AEN20230509003200325',
            title:
              'N. Korea apparently operating some 10 S. Korean-owned factories at Kaesong complex without authorization',
            publisher: 'Yonhap News Agency',
            publishedOn: '2023-05-09',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2024-01-15',
        summary:
          "The North's Supreme People's Assembly abolished the Kumgangsan International Tourism Administration and the National Economic Cooperation Bureau.",
        sources: [
          {
            url: 'https://kcnawatch.org/newstream/1705399836-312376461/decision-of-dprk-supreme-peoples-assembly-on-abolishing-some-organizations',
            title: "Decision of DPRK Supreme People's Assembly on abolishing some organizations",
            publisher: 'KCNA Watch (Pyongyang Times)',
            publishedOn: '2024-01-16',
            kind: 'other',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2024-11-24',
        summary: 'The North began cutting the power lines that had supplied the Kaesong complex.',
        summaryKo: '북한이 개성공단에 전기를 공급하던 송전선 철거를 시작했다.',
        sources: [
          {
            url: 'https://www.koreaherald.com/view.php?ud=20241126050075',
            title: 'North Korea removing power lines to the Kaesong industrial complex',
            publisher: 'The Korea Herald',
            publishedOn: '2024-11-26',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'west-east-special-zones',
    articleRef: 'Art. 2(2)',
    title: 'Discuss a West Sea joint economic zone and an East Sea joint tourism zone',
    titleKo: '서해경제공동특구 및 동해관광공동특구',
    text:
      'The two sides agree to discuss creating a joint special economic zone on the west coast and a joint ' +
      'special tourism zone on the east coast.',
    category: 'economic',
    parties: ['ROK', 'DPRK'],
    expectedStatus: 'not_started',
    updates: [],
  },
  {
    slug: 'environment-forestry',
    articleRef: 'Art. 2(3)',
    title: 'Environmental cooperation, starting with forestry',
    titleKo: '남북 환경협력 (산림분야)',
    text:
      'The two sides agree to pursue environmental cooperation to protect and restore the natural ecosystem, ' +
      'starting with forestry, and to seek tangible results.',
    category: 'economic',
    parties: ['ROK', 'DPRK'],
    expectedStatus: 'stalled',
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-10-22',
        summary:
          'Forestry talks agreed on joint pine-pest control until March 2019 and on modernising ten North Korean tree nurseries within 2018.',
        sources: [
          {
            url: 'https://www.unikorea.go.kr/eng_unikorea/news/releases/?boardId=bbs_0000000000000034&mode=view&cntId=54196',
            title: 'Joint press release of the sectoral meeting on inter-Korean forestry cooperation',
            publisher: 'Ministry of Unification (ROK)',
            publishedOn: '2018-10-22',
            kind: 'official',
          },
        ],
      },
      {
        status: 'in_progress',
        effectiveOn: '2018-11-29',
        summary:
          'Seoul delivered 50 tonnes of pine-wilt pesticide to Kaesong, and the two sides carried out joint pest control near the city that day.',
        sources: [
          {
            url: 'https://www.unikorea.go.kr/eng_unikorea/news/news/?boardId=bbs_0000000000000033&mode=view&cntId=54495',
            title: 'South Korea sends North Korea 50 tons of insecticide to control pine wilt',
            publisher: 'Ministry of Unification (ROK)',
            kind: 'official',
          },
        ],
      },
      {
        status: 'stalled',
        effectiveOn: '2020-11-01',
        summary:
          'A study published in November 2020 found that inter-Korean forestry cooperation had achieved little. Whether the nursery modernisation or later joint pest control was carried out: (unconfirmed).',
        summaryKo:
          '2020년 11월 발표된 연구는 남북 산림협력의 성과가 미미하다고 평가했다. 양묘장 현대화 등 후속 협력은 확인되지 않았다(미확인).',
        sources: [
          {
            url: 'https://ipus.snu.ac.kr/eng/archives/ajp/volume-8-number-2-november-2020/research-article/why-is-inter-korean-forestry-cooperation-hard-to-accomplish',
            title: 'Why Is Inter-Korean Forestry Cooperation Hard to Accomplish?',
            publisher: 'Asian Journal of Peacebuilding (Seoul National University IPUS)',
            kind: 'analysis',
          },
        ],
      },
    ],
  },
  {
    slug: 'health-epidemics',
    articleRef: 'Art. 2(4)',
    title: 'Cooperation against epidemics and on health',
    titleKo: '방역 및 보건·의료 분야 협력',
    text:
      'The two sides agree to strengthen cooperation on preventing the spread of infectious diseases, on ' +
      'emergency measures against them, and on health care.',
    category: 'humanitarian',
    parties: ['ROK', 'DPRK'],
    expectedStatus: 'stalled',
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-11-07',
        summary:
          'The first inter-Korean health talks since 2007 agreed to trial an exchange of information on infectious diseases.',
        sources: [
          {
            url: 'https://www.korea.net/NewsFocus/Policies/view?articleId=165162',
            title: 'Two Koreas hold health talks and agree to share information on infectious diseases',
            publisher: 'Korea.net (Ministry of Culture, Sports and Tourism)',
            kind: 'official',
          },
        ],
      },
      {
        status: 'in_progress',
        effectiveOn: '2018-12-12',
        summary: 'The two sides exchanged information on influenza.',
        sources: [
          {
            url: 'https://en.yna.co.kr/view/AEN20181212001551320',
            title: 'Koreas exchange information on influenza',
            publisher: 'Yonhap News Agency',
            publishedOn: '2018-12-12',
            kind: 'news',
          },
        ],
      },
      {
        status: 'stalled',
        effectiveOn: '2019-01-10',
        summary: 'The planned delivery of 200,000 doses of Tamiflu to the North was postponed.',
        sources: [
          {
            url: 'https://en.yna.co.kr/view/AEN20190110006100325',
            title: 'Delivery of Tamiflu to North Korea postponed',
            publisher: 'Yonhap News Agency',
            publishedOn: '2019-01-10',
            kind: 'news',
          },
        ],
      },
      {
        status: 'stalled',
        effectiveOn: '2019-02-07',
        summary: 'Seoul said the North was not responding on the Tamiflu delivery.',
        summaryKo: '정부는 타미플루 전달 문제에 북한이 호응하지 않고 있다고 밝혔다.',
        sources: [
          {
            url: 'https://en.yna.co.kr/view/AEN20190207011000325',
            title: 'North Korea not responding on Tamiflu delivery',
            publisher: 'Yonhap News Agency',
            publishedOn: '2019-02-07',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'kumgang-family-facility',
    articleRef: 'Art. 3(1)',
    title: 'Reopen the permanent reunion facility for separated families at Mount Kumgang',
    titleKo: '금강산 이산가족 상설면회소',
    text:
      'The two sides agree to open a permanent facility for separated-family reunions at Mount Kumgang at an ' +
      'early date, restoring the existing building for the purpose.',
    category: 'humanitarian',
    parties: ['ROK', 'DPRK'],
    deadlineNote: 'At an early date.',
    expectedStatus: 'reversed',
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-09-20',
        summary:
          'Back from Pyongyang, Moon said Kim had agreed to lift the seizure of South Korean assets at Mount Kumgang so the facility could open.',
        sources: [
          {
            url: 'http://koreatimesus.com/moon-says-summit-to-intensify-inter-korean-cooperation',
            title: 'Moon says summit to intensify inter-Korean cooperation',
            publisher: 'The Korea Times US (Yonhap)',
            publishedOn: '2018-09-20',
            kind: 'other',
          },
        ],
      },
      {
        status: 'in_progress',
        effectiveOn: '2018-10-15',
        summary:
          'Red Cross talks on renovating the facility were planned for November 2018; whether they were held: (unconfirmed).',
        sources: [
          {
            url: 'https://news.kbs.co.kr/news/view.do?ncd=4052533',
            title: 'Koreas plan Red Cross talks on Mount Kumgang reunion facility',
            publisher: 'KBS News',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2025-02-13',
        summary:
          'Seoul confirmed that the North was demolishing the reunion centre, last used for reunions in August 2018.',
        summaryKo:
          '정부는 북한이 2018년 8월 상봉 이후 쓰이지 않은 금강산 이산가족면회소를 철거하고 있음을 확인했다.',
        sources: [
          {
            url: 'https://m.koreatimes.co.kr/pages/article.asp?newsIdx=392178',
            title: 'North Korea demolishing Mount Kumgang family reunion centre',
            publisher: 'The Korea Times',
            publishedOn: '2025-02-13',
            kind: 'news',
          },
          {
            url: 'https://chosun.com/english/north-korea-en/2025/02/13/44SYNEOYP5GJNCFI44VCMZDHOU',
            title: 'Seoul urges North Korea to stop demolishing the Mount Kumgang reunion centre',
            publisher: 'The Chosun Ilbo',
            publishedOn: '2025-02-13',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'video-reunions',
    articleRef: 'Art. 3(2)',
    title: 'Video reunions and video letters for separated families',
    titleKo: '이산가족 화상상봉과 영상편지 교환',
    text:
      'The two sides agree to work first on video reunions for separated families and on exchanging video ' +
      'letters between them.',
    category: 'humanitarian',
    parties: ['ROK', 'DPRK'],
    expectedStatus: 'stalled',
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-12-12',
        summary:
          'Seoul was discussing with Washington a sanctions exemption for the equipment needed for video reunions.',
        sources: [
          {
            url: 'https://en.yna.co.kr/view/AEN20181212007100325',
            title: 'S. Korea, U.S. discussing sanctions exemption for video reunions of separated families',
            publisher: 'Yonhap News Agency',
            publishedOn: '2018-12-12',
            kind: 'news',
          },
        ],
      },
      {
        status: 'in_progress',
        effectiveOn: '2019-03-01',
        summary:
          'In March 2019 the UN sanctions committee approved an exemption for the video-reunion equipment.',
        sources: [
          {
            url: 'https://www.donga.com/en/article/all/20190311/1663506/1',
            title: 'UNSC grants sanctions exemption for inter-Korean video reunions',
            publisher: 'The Dong-A Ilbo',
            publishedOn: '2019-03-11',
            kind: 'news',
          },
        ],
      },
      {
        status: 'stalled',
        effectiveOn: '2022-09-08',
        summary:
          'Seoul formally proposed talks on separated families; no reunion of any kind had taken place since 2018, and the North did not answer.',
        summaryKo:
          '정부가 이산가족 문제 논의를 위한 회담을 공식 제안했으나 북한은 응하지 않았다. 2018년 이후 화상상봉은 열리지 않았다.',
        sources: [
          {
            url: 'https://www.upi.com/Top_News/World-News/2022/09/08/proposes-North-Korea-talks-separated-families/8691662617802/',
            title: 'South Korea proposes talks with North Korea on separated families',
            publisher: 'UPI',
            publishedOn: '2022-09-08',
            kind: 'news',
          },
          {
            url: 'http://www.koreatimesus.com/unification-minister-strongly-urges-n-korea-to-respond-to-dialogue-offer-over-separated-families/',
            title:
              "Unification minister 'strongly' urges N. Korea to respond to dialogue offer over separated families",
            publisher: 'The Korea Times US (Yonhap)',
            publishedOn: '2023-09-27',
            kind: 'other',
          },
        ],
      },
    ],
  },
  {
    slug: 'art-troupe-seoul',
    articleRef: 'Art. 4(1)',
    title: 'Pyongyang art troupe to perform in Seoul',
    titleKo: '평양예술단 서울공연',
    text: "The two sides agree that the North's Pyongyang art troupe will give a performance in Seoul in October.",
    category: 'exchange',
    parties: ['DPRK', 'ROK'],
    deadline: '2018-10-31',
    deadlineNote: 'October 2018.',
    expectedStatus: 'not_started',
    updates: [
      {
        status: 'not_started',
        effectiveOn: '2018-10-26',
        summary:
          'Officials said a performance in October was unlikely because no date or venue had been agreed; none was found later.',
        summaryKo:
          '날짜와 장소가 정해지지 않아 10월 공연은 어렵다는 당국자 발언이 나왔고, 이후에도 공연은 열리지 않았다.',
        sources: [
          {
            url: 'https://www.koreaherald.com/view.php?ud=20181026000473',
            title: "Pyongyang art troupe's Seoul performance unlikely this month",
            publisher: 'The Korea Herald',
            publishedOn: '2018-10-26',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'olympics-2020-joint-teams',
    articleRef: 'Art. 4(2)',
    title: 'Joint entry at the 2020 Olympics and other international events',
    titleKo: '2020년 하계올림픽 공동 진출',
    text: 'The two sides agree to enter the 2020 Summer Olympics and other international competitions jointly.',
    category: 'exchange',
    parties: ['ROK', 'DPRK'],
    deadline: '2021-07-23',
    deadlineNote:
      'The 2020 Tokyo Games; postponed because of the COVID-19 pandemic, they opened on 23 July 2021.',
    expectedStatus: 'abandoned',
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2019-02-15',
        summary:
          'At a meeting at the IOC in Lausanne, the two Koreas asked to field unified teams in four sports.',
        sources: [KH_IOC_2019_02_15],
      },
      {
        status: 'in_progress',
        effectiveOn: '2019-03-27',
        summary:
          'The IOC executive board approved unified Korean teams and a joint march at the Tokyo Games.',
        sources: [
          {
            url: 'https://m.koreaherald.com/view.php?ud=20190328000631',
            title: 'IOC approves unified Korean teams and joint march for Tokyo 2020',
            publisher: 'The Korea Herald',
            publishedOn: '2019-03-28',
            kind: 'news',
          },
        ],
      },
      {
        status: 'abandoned',
        effectiveOn: '2021-04-06',
        summary: 'The North said it would not take part in the Tokyo Games, citing the pandemic.',
        summaryKo: '북한이 코로나19를 이유로 도쿄올림픽에 참가하지 않겠다고 발표했다.',
        sources: [
          {
            url: 'https://en.yna.co.kr/view/AEN20210406001551325',
            title: 'N. Korea says it will not take part in Tokyo Olympics',
            publisher: 'Yonhap News Agency',
            publishedOn: '2021-04-06',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'olympics-2032-joint-bid',
    articleRef: 'Art. 4(2)',
    title: 'Joint bid to host the 2032 Summer Olympics',
    titleKo: '2032년 하계올림픽 남북공동개최 유치',
    text: 'The two sides agree to cooperate on a joint bid to host the 2032 Summer Olympic Games.',
    category: 'exchange',
    parties: ['ROK', 'DPRK'],
    expectedStatus: 'abandoned',
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2019-02-15',
        summary: 'The two Koreas told the IOC they intended to bid jointly for the 2032 Games.',
        sources: [KH_IOC_2019_02_15],
      },
      {
        status: 'stalled',
        effectiveOn: '2021-02-24',
        summary: 'The IOC named Brisbane its preferred host for 2032 and opened exclusive talks with it.',
        sources: [
          {
            url: 'https://www.theguardian.com/sport/2021/feb/25/brisbane-chosen-as-preferred-partner-to-host-2032-olympic-games-ioc-says',
            title: 'Brisbane chosen as preferred partner to host 2032 Olympic Games, IOC says',
            publisher: 'The Guardian',
            publishedOn: '2021-02-25',
            kind: 'news',
          },
        ],
      },
      {
        status: 'abandoned',
        effectiveOn: '2021-07-21',
        summary: 'IOC members elected Brisbane as host of the 2032 Games, by 72 votes to 5.',
        summaryKo: 'IOC 총회가 찬성 72표, 반대 5표로 브리즈번을 2032년 하계올림픽 개최지로 선출했다.',
        sources: [
          {
            url: 'https://olympics.com/ioc/news/ioc-elects-brisbane-2032-as-olympic-and-paralympic-host',
            title: 'IOC elects Brisbane 2032 as Olympic and Paralympic host',
            publisher: 'International Olympic Committee',
            publishedOn: '2021-07-21',
            kind: 'official',
          },
          {
            url: 'http://noc-ukr.org/en/news/21630/',
            title: 'IOC elects Brisbane 2032 as Olympic and Paralympic host (IOC release, reproduced)',
            publisher: 'National Olympic Committee of Ukraine',
            publishedOn: '2021-07-21',
            kind: 'other',
          },
        ],
      },
    ],
  },
  {
    slug: 'joint-anniversaries',
    articleRef: 'Art. 4(3)',
    title: 'Mark the October 4 Declaration anniversary and the March 1 Movement centenary together',
    titleKo: '10·4선언 기념행사 / 3·1운동 100주년 공동기념',
    text:
      'The two sides agree to hold events marking the anniversary of the 4 October 2007 declaration, and to ' +
      'discuss commemorating the centenary of the 1 March 1919 independence movement together.',
    category: 'exchange',
    parties: ['ROK', 'DPRK'],
    deadline: '2019-03-01',
    deadlineNote:
      'October 2018 for the October 4 anniversary; 1 March 2019 for the March 1 Movement centenary.',
    expectedStatus: 'partial',
    updates: [
      {
        status: 'partial',
        effectiveOn: '2018-10-04',
        summary:
          'From 4 to 6 October 2018 about 160 South Koreans attended a joint anniversary event in Pyongyang.',
        sources: [
          {
            url: 'https://news.kbs.co.kr/news/view.do?ncd=4046707',
            title:
              'South Korean delegation attends joint October 4 Declaration anniversary event in Pyongyang',
            publisher: 'KBS News',
            kind: 'news',
          },
        ],
      },
      {
        status: 'partial',
        effectiveOn: '2019-02-01',
        summary:
          'In February 2019 the North declined to hold a joint event for the March 1 Movement centenary.',
        summaryKo: '2019년 2월 북한은 3·1운동 100주년 남북 공동기념행사 개최에 응하지 않았다.',
        sources: [
          {
            url: 'https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=143167',
            title: 'North Korea declines joint event for March 1 Movement centenary',
            publisher: 'KBS World',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'dongchang-ri-dismantlement',
    articleRef: 'Art. 5(1)',
    title: 'Permanently dismantle the Dongchang-ri engine test site and launch pad, with experts observing',
    titleKo: '동창리 엔진시험장·미사일 발사대 영구적 폐기',
    text:
      'The North will permanently dismantle the Dongchang-ri missile engine test site and launch platform, ' +
      'with experts from the countries concerned observing.',
    category: 'denuclearization',
    parties: ['DPRK'],
    expectedStatus: 'reversed',
    updates: [
      {
        status: 'not_started',
        effectiveOn: '2018-08-01',
        summary:
          'Context, before the declaration: dismantling work begun at the site after the Singapore summit had stopped by August 2018.',
        sources: [
          {
            url: 'https://www.koreaherald.com/view.php?ud=20180823000084',
            title: 'Dismantling at Sohae launch site appears to have stopped',
            publisher: 'The Korea Herald',
            publishedOn: '2018-08-23',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2019-03-05',
        summary: 'Satellite imagery analysed by US think tanks showed structures at the site being rebuilt.',
        sources: [
          {
            url: 'https://www.japantimes.co.jp/?post_type=news&p=1804223',
            title:
              'North Korea rebuilding key long-range rocket test site dismantled after 2018 talks, imagery shows',
            publisher: 'The Japan Times',
            publishedOn: '2019-03-06',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2019-12-07',
        summary: 'The North reported a "very important test" at the Sohae site.',
        sources: [
          {
            url: 'http://kcna.co.jp/item/2019/201912/news08/20191208-04ee.html',
            title: 'Statement of Spokesman for Academy of National Defence Science Issued',
            publisher: 'Korean Central News Agency',
            publishedOn: '2019-12-08',
            kind: 'official',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2023-11-21',
        summary:
          'The North launched a military reconnaissance satellite from the same site; no expert observation of any dismantling ever took place.',
        summaryKo: '북한이 같은 발사장에서 군사정찰위성을 발사했다. 전문가 참관하의 폐기는 이뤄지지 않았다.',
        sources: [
          {
            url: 'https://www.scmp.com/news/asia/east-asia/article/3242385/north-korea-claims-success-launching-first-spy-satellite-after-three-attempts',
            title: 'North Korea claims success in launching first spy satellite after 3 attempts',
            publisher: 'South China Morning Post',
            publishedOn: '2023-11-22',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'yongbyon-dismantlement',
    articleRef: 'Art. 5(2)',
    title: 'Permanently dismantle Yongbyon if the US takes corresponding measures',
    titleKo: '영변 핵시설 영구적 폐기',
    text:
      'The North is willing to take further steps, such as permanently dismantling the Yongbyon nuclear ' +
      'facilities, if the United States takes corresponding measures in line with the Singapore statement.',
    category: 'denuclearization',
    parties: ['DPRK', 'US'],
    deadlineNote: 'Conditional: if the United States takes corresponding measures.',
    expectedStatus: 'not_started',
    updates: [
      {
        status: 'not_started',
        effectiveOn: '2019-02-28',
        summary:
          'The Hanoi summit between Trump and Kim ended without agreement; the North had sought sanctions relief in return for Yongbyon.',
        sources: [
          {
            url: 'https://www.wfae.org/world/2019-02-28/trump-kim-summit-ends-with-no-deal',
            title: 'Trump-Kim summit ends with no deal',
            publisher: 'WFAE (NPR)',
            publishedOn: '2019-02-28',
            kind: 'news',
          },
        ],
      },
      {
        status: 'not_started',
        effectiveOn: '2021-08-01',
        summary:
          'In August 2021 the IAEA reported signs that the Yongbyon reactor had been operating since early July 2021.',
        sources: [
          {
            url: 'https://www.iaea.org/sites/default/files/gc/gc65-22.pdf',
            title:
              "Application of Safeguards in the Democratic People's Republic of Korea (report of the Director General, 2021)",
            publisher: 'International Atomic Energy Agency',
            kind: 'official',
          },
          {
            url: 'https://www3.nhk.or.jp/nhkworld/en/news/20210831_02/',
            title: 'IAEA: N.Korea likely restarted nuclear reactor',
            publisher: 'NHK World',
            publishedOn: '2021-08-31',
            kind: 'news',
          },
        ],
      },
      {
        status: 'not_started',
        effectiveOn: '2024-09-13',
        summary:
          'North Korean media showed Kim visiting a uranium-enrichment facility; the condition was never met.',
        summaryKo: '북한 매체가 김정은의 우라늄 농축시설 방문을 공개했다. 조건이 충족된 적은 없다.',
        sources: [
          {
            url: 'https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=187899',
            title: 'North Korea discloses uranium enrichment facility visited by Kim Jong-un',
            publisher: 'KBS World',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'kim-seoul-visit',
    articleRef: 'Art. 6',
    title: 'Kim Jong-un to visit Seoul "in the near future"',
    titleKo: '김정은 위원장 서울 방문',
    text: "Chairman Kim Jong-un agrees to visit Seoul in the near future at President Moon Jae-in's invitation.",
    category: 'political',
    parties: ['DPRK', 'ROK'],
    deadlineNote: 'In the near future; Moon said this meant within 2018.',
    expectedStatus: 'not_started',
    updates: [
      {
        status: 'not_started',
        effectiveOn: '2018-12-30',
        summary:
          'In a letter to Moon, Kim expressed regret that he had not been able to visit Seoul; no visit followed.',
        summaryKo:
          '김정은 위원장은 문 대통령에게 보낸 친서에서 서울 방문이 이뤄지지 못한 데 아쉬움을 표했고, 방문은 끝내 없었다.',
        sources: [
          {
            url: 'https://www.cnn.com/2018/12/30/asia/kim-jong-un-letter-moon-intl/index.html',
            title: 'Kim Jong Un sends letter to Moon Jae-in expressing regret over not visiting Seoul',
            publisher: 'CNN',
            publishedOn: '2018-12-30',
            kind: 'news',
          },
        ],
      },
    ],
  },
];
