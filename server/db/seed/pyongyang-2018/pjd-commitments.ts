import type { SeedCommitment } from '../seed-types.ts';
import {
  KH_RESTORATION_2026_02_18,
  JOONGANG_NO_FLY_2026_02_19,
  JOONGANG_PHASED_2025_08_18,
  KH_IOC_2019_02_15,
} from './sources.ts';
import {
  DONGA_CONSTITUTION_2023_10_03,
  KCNA_NUCLEAR_FORCES_LAW_2022_09_10,
  MOU_HIGH_LEVEL_TALKS_2018_10_15_RELEASE,
  REUTERS_CONSTITUTION_2023_09_28,
} from './pjd-sources.ts';

// Korean clause texts (textKo) are quoted from full texts published by the press on 2018-09-19 (Newspim,
// Hankyung, Kukinews); no government page with the Korean text could be opened. Clauses for which only a
// paraphrase was found have no textKo rather than a reconstructed one.

/** The Pyongyang Joint Declaration's commitments, in article order. */
export const pjdCommitments: SeedCommitment[] = [
  {
    slug: 'cma-adoption',
    articleRef: 'Art. 1(1)',
    title: 'Adopt the Comprehensive Military Agreement and carry it out',
    titleKo: '「판문점선언 군사분야 이행합의서」 채택 및 철저 이행',
    text:
      'The two sides adopt the military agreement concluded at the summit as an annex to the declaration, undertake ' +
      'to observe and implement it faithfully, and will take practical steps to turn the peninsula into a lasting ' +
      'zone of peace.',
    textKo:
      '남과 북은 이번 평양정상회담을 계기로 체결한 「판문점선언 군사분야 이행합의서」를 평양공동선언의 부속합의서로 ' +
      '채택하고 이를 철저히 준수하고 성실히 이행하며, 한반도를 항구적인 평화지대로 만들기 위한 실천적 조치들을 ' +
      '적극 취해나가기로 했다.',
    category: 'military',
    parties: ['ROK', 'DPRK'],
    deadlineNote: 'No overall deadline; individual measures carry their own dates.',
    deadlineNoteKo: '전체 기한은 없으며, 개별 조치마다 각각의 기한이 있다.',
    fromDevelopments: [
      { development: 'cma-measures-in-force-2018', status: 'partial' },
      { development: 'cma-repudiated-2023', status: 'abandoned' },
      { development: 'cma-suspended-by-south-2024', status: 'abandoned' },
    ],
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-09-19',
        actors: ['ROK', 'DPRK'],
        summary:
          'The two defence ministers, Song Young-moo and No Kwang-chol, signed the military agreement in Pyongyang.',
        summaryKo: '송영무 국방부 장관과 노광철 인민무력상이 평양에서 군사분야 합의서에 서명했다.',
        sources: [
          {
            url: 'https://en.yna.co.kr/view/AEN20180919004257315',
            title: '(6th LD) Two Koreas reach key agreement to reduce military tensions',
            publisher: 'Yonhap News Agency',
            publishedOn: '2018-09-19',
            kind: 'news',
          },
        ],
      },
      {
        status: 'in_progress',
        effectiveOn: '2018-10-23',
        actors: ['ROK'],
        summary:
          'President Moon ratified the declaration and the military agreement after a cabinet vote, without seeking ' +
          'National Assembly approval.',
        summaryKo:
          '문재인 대통령이 국무회의 의결을 거쳐 평양공동선언과 군사분야 합의서를 비준했다. 국회 동의는 구하지 않았다.',
        sources: [
          {
            url: 'https://www.nknews.org/2018/10/moon-ratifies-pyongyang-declaration-says-it-will-improve-n-korean-human-rights/',
            title: 'Moon ratifies Pyongyang Declaration, says it will “improve N. Korean human rights”',
            publisher: 'NK News',
            publishedOn: '2018-10-23',
            kind: 'news',
          },
        ],
      },
      {
        status: 'partial',
        effectiveOn: '2022-12-26',
        actors: ['DPRK', 'ROK'],
        summary:
          "South Korea's Joint Chiefs of Staff said North Korean drones had crossed the border; one flew over northern " +
          'Seoul. The South fired warning shots and scrambled aircraft.',
        summaryKo:
          '합참은 북한 무인기들이 군사분계선을 넘어왔고 그중 1대는 서울 북부 상공까지 비행했다고 밝혔다. 군은 경고사격을 ' +
          '하고 전투기 등을 출격시켰다.',
        sources: [
          {
            url: 'https://www.newsmax.com/world/globaltalk/koreas-tensions/2022/12/26/id/1101889/',
            title: 'S. Korea Fires Warning Shots after North Drones cross Border',
            publisher: 'Associated Press (on Newsmax)',
            publishedOn: '2022-12-26',
            kind: 'news',
          },
        ],
      },
      {
        status: 'partial',
        effectiveOn: '2023-01-04',
        actors: ['ROK'],
        summary:
          'After the drone incursion, President Yoon Suk Yeol told aides to consider suspending the agreement if the ' +
          "North violated the South's territory again.",
        summaryKo:
          '무인기 침범 이후 윤석열 대통령은 북한이 다시 영토를 침범하면 합의의 효력 정지를 검토하라고 지시했다.',
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
        status: 'partial',
        effectiveOn: '2023-09-18',
        actors: ['ROK'],
        standing: 'claimed',
        summary:
          "Five years on, Seoul's defence ministry counted 11 of the agreement's 24 items as carried out, 10 as not " +
          'carried out and 3 as breached or cut off by the North, and 17 North Korean violations.',
        summaryKo:
          '합의 5년을 맞아 국방부는 24개 세부 과제 중 11개 이행, 10개 미이행, 3개는 북측이 위반·차단 중이라고 집계했고, ' +
          '북한의 위반을 17건으로 셌다.',
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
      {
        status: 'abandoned',
        effectiveOn: '2025-08-15',
        actors: ['ROK'],
        summary:
          'In his Liberation Day speech, President Lee Jae Myung pledged "proactive, gradual" steps to restore the agreement.',
        summaryKo: '이재명 대통령은 광복절 경축사에서 합의를 선제적·단계적으로 복원하겠다고 약속했다.',
        sources: [
          {
            url: 'https://www.asiaone.com/asia/south-koreas-lee-restore-pact-halting-military-activity-north-korean-border',
            title: "South Korea's Lee to restore pact halting military activity on North Korean border",
            publisher: 'Reuters (in AsiaOne)',
            publishedOn: '2025-08-15',
            kind: 'news',
          },
        ],
      },
      {
        status: 'abandoned',
        effectiveOn: '2025-08-18',
        actors: ['ROK'],
        summary:
          'Lee told ministries to prepare a phased implementation of existing inter-Korean agreements, starting where possible.',
        summaryKo:
          '이 대통령은 각 부처에 기존 남북합의를 가능한 것부터 단계적으로 이행할 방안을 준비하라고 지시했다.',
        sources: [JOONGANG_PHASED_2025_08_18],
      },
      {
        status: 'abandoned',
        effectiveOn: '2026-02-10',
        actors: ['ROK'],
        summary:
          'Unification Minister Chung Dong-young expressed "deep regret" to the North over drones flown into it by ' +
          'South Korean civilians, called the drone flights of October 2024 reckless, and urged restoring the agreement.',
        summaryKo:
          '정동영 통일부 장관은 남측 민간인의 무인기 북한 침범에 대해 북측에 깊은 유감을 표명하고, 2024년 10월 무인기 ' +
          '침투를 무모했다고 비판하며 군사합의 복원을 촉구했다.',
        sources: [
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
        status: 'abandoned',
        effectiveOn: '2026-02-18',
        actors: ['ROK'],
        summary: 'The unification minister said Seoul would pre-emptively seek to restore the agreement.',
        summaryKo: '통일부 장관은 정부가 9·19 군사합의의 선제적 복원을 추진하겠다고 밝혔다.',
        sources: [KH_RESTORATION_2026_02_18],
      },
      {
        status: 'abandoned',
        effectiveOn: '2026-02-19',
        actors: ['ROK'],
        summary:
          'The defence ministry said it was consulting the United States on a partial restoration; the agreement ' +
          'remained suspended by the South and repudiated by the North.',
        summaryKo:
          '국방부는 부분 복원을 두고 미국과 협의 중이라고 밝혔다. 합의는 남측에서는 효력 정지, 북측에서는 파기 선언 상태다.',
        sources: [JOONGANG_NO_FLY_2026_02_19],
      },
    ],
  },
  {
    slug: 'joint-military-committee',
    articleRef: 'Art. 1(2); CMA Art. 1(1) and Art. 5',
    title: 'Put the Inter-Korean Joint Military Committee to work promptly',
    titleKo: '남북군사공동위원회 조속 가동',
    text:
      'The two sides will put the joint military committee into operation promptly, to check how the military ' +
      'agreement is being carried out and to keep up constant communication and close consultation so as to ' +
      'prevent accidental armed clashes.',
    textKo:
      '남과 북은 남북군사공동위원회를 조속히 가동하여 군사분야 합의서의 이행실태를 점검하고 우발적 무력충돌 방지를 ' +
      '위한 상시적 소통과 긴밀한 협의를 진행하기로 했다.',
    category: 'military',
    parties: ['ROK', 'DPRK'],
    fromDevelopments: [
      { development: 'communication-lines-cut-2020', status: 'stalled' },
      { development: 'cma-repudiated-2023', status: 'abandoned' },
    ],
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-10-15',
        actors: ['ROK', 'DPRK'],
        summary:
          'High-level talks agreed that general-level military talks would take up setting up and running the committee.',
        summaryKo:
          '남북 고위급회담에서 장성급 군사회담을 열어 군사공동위원회 구성·운영 문제를 협의하기로 합의했다.',
        sources: [MOU_HIGH_LEVEL_TALKS_2018_10_15_RELEASE],
      },
      {
        status: 'stalled',
        effectiveOn: '2023-04-07',
        actors: ['DPRK'],
        summary:
          'The North stopped answering the liaison-office line and the military lines on the east and west coasts; ' +
          'by 13 April it had not answered for seven days. The committee had never met.',
        summaryKo:
          '북한이 공동연락사무소 통신선과 동·서해 군 통신선 통화에 응답하지 않기 시작해 4월 13일까지 7일째 응답이 없었다. ' +
          '군사공동위원회는 한 번도 열리지 않았다.',
        sources: [
          {
            url: 'https://en.yna.co.kr/view/AEN20230413002200325',
            title: 'N. Korea unresponsive to regular contact via inter-Korean liaison line for 7th day',
            publisher: 'Yonhap News Agency',
            publishedOn: '2023-04-13',
            kind: 'news',
          },
        ],
      },
      {
        status: 'abandoned',
        effectiveOn: '2025-11-17',
        actors: ['ROK', 'UNC'],
        summary:
          "Seoul's defence ministry proposed military talks to clarify the Military Demarcation Line, relayed through " +
          'the UN Command because the direct lines were cut. No answer was reported; such talks would be the first ' +
          'since 2018. An attempt to revive dialogue, not a change in the committee, which never convened.',
        summaryKo:
          '국방부가 군사분계선 기준선 설정을 위한 남북 군사회담을 제안했고, 직통선이 끊겨 유엔사를 통해 전달했다. 북한의 ' +
          '응답은 보도되지 않았다. 성사되면 2018년 이후 첫 군사회담이다. 대화 복원 시도일 뿐 공동위원회는 한 번도 열리지 않았다.',
        sources: [
          {
            url: 'https://menafn.com/1110371674/South-Korea-Calls-on-North-to-Accept-Military-Talks-Proposal',
            title: 'South Korea Calls on North to Accept Military Talks Proposal',
            publisher: 'MENAFN',
            publishedOn: '2025-11-20',
            kind: 'other',
          },
        ],
      },
    ],
  },
  {
    slug: 'rail-road-links',
    articleRef: 'Art. 2(1)',
    title: 'Connect and modernise the east- and west-coast railways and roads',
    titleKo: '동·서해선 철도 및 도로 연결 (연내 착공식)',
    text:
      'The two sides agree to hold a groundbreaking ceremony within the year for connecting and modernising ' +
      'the railways and roads along the east and west coasts.',
    category: 'economic',
    parties: ['ROK', 'DPRK'],
    deadline: '2018-12-31',
    deadlineNote: 'Groundbreaking ceremony within 2018.',
    deadlineNoteKo: '2018년 안에 착공식 개최.',
    fromDevelopments: [{ development: 'hanoi-summit-2019', status: 'stalled' }],
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-10-15',
        actors: ['ROK', 'DPRK'],
        summary: 'High-level talks set the groundbreaking for late November to early December 2018.',
        summaryKo: '남북 고위급회담에서 착공식을 2018년 11월 말~12월 초에 열기로 합의했다.',
        sources: [MOU_HIGH_LEVEL_TALKS_2018_10_15_RELEASE],
      },
      {
        status: 'in_progress',
        effectiveOn: '2018-11-30',
        actors: ['ROK', 'DPRK'],
        summary:
          "A joint team surveyed the North's railways: the Gyeongui line from 30 November to 5 December and the " +
          'Donghae line from 8 to 17 December 2018.',
        summaryKo:
          '남북 공동조사단이 북측 철도를 조사했다. 경의선은 2018년 11월 30일~12월 5일, 동해선은 12월 8~17일에 진행됐다.',
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
        status: 'partial',
        effectiveOn: '2018-12-26',
        actors: ['ROK', 'DPRK', 'UNSC'],
        meetsDeadline: true,
        summary:
          'The groundbreaking ceremony was held at Panmun Station in Kaesong, within the year as agreed, after the UN ' +
          'sanctions committee granted an exemption. It was symbolic: no construction followed.',
        summaryKo:
          '유엔 안보리 제재위원회의 면제를 받아 개성 판문역에서 합의대로 연내 착공식이 열렸다. 상징적 행사로, 실제 공사는 ' +
          '이어지지 않았다.',
        sources: [
          {
            url: 'https://www.koreaherald.com/view.php?ud=20181226000161',
            title: 'Koreas kick off groundbreaking ceremony for railways and roads',
            publisher: 'The Korea Herald (Yonhap)',
            publishedOn: '2018-12-26',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2024-06-05',
        actors: ['DPRK'],
        summary:
          "South Korea's intelligence service said the North was demolishing parts of the Donghae railway on its side, " +
          'including removing sleepers.',
        summaryKo: '국가정보원은 북한이 북측 동해선 철도 일부를 철거하고 침목을 걷어내고 있다고 밝혔다.',
        sources: [
          {
            url: 'https://donga.com/en/article/all/20240605/4985617/1',
            title: 'N. Korea pulls railway sleepers on Donghae Line',
            publisher: 'The Dong-A Ilbo',
            publishedOn: '2024-06-05',
            kind: 'news',
          },
          {
            url: 'https://m.koreaherald.com/view.php?mp=2&np=19&ud=20240605050183',
            title: 'Signs detected of N. Korea demolishing part of Donghae inter-Korean railway: NIS',
            publisher: 'Yonhap News Agency (in The Korea Herald)',
            publishedOn: '2024-06-05',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2024-10-09',
        actors: ['DPRK'],
        summary:
          "The North's General Staff announced that the roads and railways connected to the South would be cut " +
          'completely and the border fortified.',
        summaryKo: '북한 총참모부는 남측과 연결된 도로와 철도를 완전히 끊고 국경을 요새화하겠다고 발표했다.',
        sources: [
          {
            url: 'https://news.kbs.co.kr/news/pc/view/view.do?ncd=8078399',
            title: '[News Today] N. KOREA SEVERS ROADS, RAILWAYS',
            publisher: 'KBS News',
            publishedOn: '2024-10-10',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2024-10-10',
        actors: ['ROK'],
        standing: 'claimed',
        summary:
          "South Korea's Joint Chiefs of Staff chairman told lawmakers that the North had begun closing the routes to " +
          'the South in December 2023 and had blocked them completely, railways included, by August 2024.',
        summaryKo:
          '김명수 합참의장은 국회에서 북한이 2023년 12월부터 남측으로 통하는 통로를 막기 시작해 2024년 8월까지 철도를 ' +
          '포함해 완전히 차단했다고 밝혔다.',
        sources: [
          {
            url: 'https://www.koreaherald.com/view.php?ud=20241010050592',
            title: 'North Korea already cut off inter-Korean roads in Aug.: JCS chief',
            publisher: 'The Korea Herald',
            publishedOn: '2024-10-10',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2024-10-15',
        actors: ['DPRK'],
        summary:
          'The North blew up sections of the Gyeongui and Donghae roads north of the Military Demarcation Line.',
        summaryKo: '북한이 군사분계선 북측의 경의선·동해선 도로 일부 구간을 폭파했다.',
        sources: [
          {
            url: 'https://news.kbs.co.kr/news/pc/view/view.do?ncd=8081869',
            title: '[News Today] NK BLOWS UP INTER-KOREAN ROADS',
            publisher: 'KBS News',
            publishedOn: '2024-10-15',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'kaesong-kumgang-normalisation',
    articleRef: 'Art. 2(2)',
    title: 'Normalise the Kaesong Industrial Complex and Mount Kumgang tourism',
    titleKo: '조건 마련 시 개성공단·금강산관광 사업 우선 정상화',
    text:
      'The two sides agree to normalise the Kaesong Industrial Complex and the Mount Kumgang tourism project ' +
      'first, as soon as conditions are in place.',
    category: 'economic',
    parties: ['ROK', 'DPRK'],
    deadlineNote: 'When conditions are in place.',
    deadlineNoteKo: '조건이 마련되는 데 따라.',
    fromDevelopments: [{ development: 'cooperation-bodies-abolished-2024', status: 'abandoned' }],
    updates: [
      {
        status: 'not_started',
        effectiveOn: '2019-01-15',
        actors: ['ROK', 'DPRK', 'US'],
        summary:
          'After Kim Jong-un offered in his New Year address to resume Kaesong and Kumgang, about 180 former Kaesong ' +
          'tenants asked to visit their factories. Seoul put off a decision, citing talks among agencies, the ' +
          '"understanding" of the international community and consultation with the North; the visit itself was not ' +
          'sanctioned, but reopening the complex would be.',
        summaryKo:
          '김정은 위원장이 신년사에서 개성공단·금강산관광 재개 의사를 밝힌 뒤 개성공단 기업인 약 180명이 방북을 ' +
          '신청했다. 정부는 관계기관 협의, 국제사회의 이해, 북측과의 협의가 필요하다며 결정을 미뤘다. 방북 자체는 제재 ' +
          '대상이 아니지만 공단 재가동은 제재 대상이다.',
        sources: [
          {
            url: 'https://en.yna.co.kr/view/AEN20190115003700325',
            title:
              "Seoul defers decision on biz people's request to visit industrial park in N. Korea: official",
            publisher: 'Yonhap News Agency',
            publishedOn: '2019-01-15',
            kind: 'news',
          },
        ],
      },
      {
        status: 'not_started',
        effectiveOn: '2019-01-25',
        actors: ['ROK'],
        summary:
          "Seoul withheld approval of the 179 business owners' visit until the necessary conditions were met, their " +
          'seventh failed request since the complex closed in 2016.',
        summaryKo:
          '정부는 기업인 179명의 방북 신청에 대해 필요한 여건이 갖춰질 때까지 승인을 유보했다. 2016년 폐쇄 이후 7번째 ' +
          '방북 시도가 무산됐다.',
        sources: [
          {
            url: 'https://wideo.ovh/video/x71a2fh/seoul-withholds-approval-of-request-to-visit-gaeseong-industrial-complex-and-check-assets',
            title:
              'Seoul withholds approval of request to visit Gaeseong Industrial Complex and check assets',
            publisher: 'Arirang News (video copy)',
            publishedOn: '2019-01-25',
            kind: 'other',
          },
        ],
      },
      {
        status: 'not_started',
        effectiveOn: '2019-10-23',
        actors: ['DPRK'],
        summary:
          'North Korean state media reported that Kim Jong-un had ordered the removal of South Korean-built facilities ' +
          'at Mount Kumgang.',
        summaryKo: '북한 매체는 김정은 위원장이 금강산의 남측 시설을 철거하라고 지시했다고 보도했다.',
        sources: [
          {
            url: 'https://newsinfo.inquirer.net/1180731/kim-orders-south-koreas-buildings-at-resort-in-north-destroyed',
            title: 'Kim orders South Korea’s buildings at resort in North destroyed',
            publisher: 'Associated Press (in the Philippine Daily Inquirer)',
            publishedOn: '2019-10-23',
            kind: 'news',
          },
        ],
      },
      {
        status: 'not_started',
        effectiveOn: '2022-04-12',
        actors: ['DPRK', 'ROK'],
        summary:
          "Seoul's unification ministry said the North was dismantling the Haegumgang hotel and tearing down the golf " +
          'resort at Mount Kumgang without consent, and had not answered its requests for an explanation; the ministry ' +
          'later said the demolitions had begun in March 2022.',
        summaryKo:
          '통일부는 북한이 동의 없이 금강산 해금강호텔을 해체하고 골프장을 철거하고 있으며 설명 요구에 답하지 않는다고 ' +
          '밝혔다. 통일부는 철거가 2022년 3월부터 진행됐다고 했다.',
        sources: [
          {
            url: 'https://www.donga.com/en/article/all/20220420/3326977/1',
            title: 'N. Korea tears down S. Korean-built golf resort at Mt. Kumgang',
            publisher: 'The Dong-A Ilbo',
            publishedOn: '2022-04-20',
            kind: 'news',
          },
          {
            url: 'https://www.thetimes.co.uk/article/north-korea-blows-up-buildings-at-mt-kumgang-tourist-resort-9x09r6tc2',
            title: 'North Korea blows up buildings at Mt Kumgang tourist resort',
            publisher: 'The Times',
            publishedOn: '2022-04-11',
            kind: 'news',
          },
        ],
      },
      {
        status: 'not_started',
        effectiveOn: '2023-05-09',
        actors: ['DPRK', 'ROK'],
        summary:
          'Seoul said the North appeared to be running about ten South Korean-owned Kaesong factories without authorisation.',
        summaryKo:
          '정부는 북한이 남측 기업 소유의 개성공단 공장 10여 곳을 무단으로 가동하고 있는 것으로 보인다고 밝혔다.',
        sources: [
          {
            url: 'https://en.yna.co.kr/view/AEN20230509003200325',
            title:
              'N. Korea apparently operating some 10 S. Korean-owned factories at Kaesong complex without authorization: ministry',
            publisher: 'Yonhap News Agency',
            publishedOn: '2023-05-09',
            kind: 'news',
          },
        ],
      },
      {
        status: 'abandoned',
        effectiveOn: '2024-11-24',
        actors: ['DPRK'],
        summary: 'The North began cutting the power lines that had supplied the Kaesong complex.',
        summaryKo: '북한이 개성공단에 전기를 공급하던 송전선 철거를 시작했다.',
        sources: [
          {
            url: 'https://www.koreaherald.com/view.php?ud=20241126050075',
            title: 'NK cuts off power supplies to now-defunct industrial complex with South',
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
    titleKo: '서해경제공동특구 및 동해관광공동특구 조성 문제 협의',
    text:
      'The two sides agree to discuss creating a joint special economic zone on the west coast and a joint ' +
      'special tourism zone on the east coast.',
    category: 'economic',
    parties: ['ROK', 'DPRK'],
    fromDevelopments: [{ development: 'cooperation-bodies-abolished-2024', status: 'abandoned' }],
    updates: [],
  },
  {
    slug: 'environment-forestry',
    articleRef: 'Art. 2(3)',
    title: 'Environmental cooperation, starting with forestry',
    titleKo: '남북 환경협력(산림 분야 우선)',
    text:
      'The two sides agree to pursue environmental cooperation to protect and restore the natural ecosystem and, ' +
      'first, to make efforts for tangible results in the forestry cooperation already under way.',
    category: 'economic',
    parties: ['ROK', 'DPRK'],
    fromDevelopments: [{ development: 'communication-lines-cut-2020', status: 'stalled' }],
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-10-22',
        actors: ['ROK', 'DPRK'],
        summary:
          'Forestry talks agreed on joint pine-pest control until March 2019 and on modernising ten North Korean tree ' +
          'nurseries within 2018.',
        summaryKo:
          '남북 산림협력 분과회담에서 2019년 3월까지 소나무 병해충 공동방제를 하고 2018년 안에 북측 양묘장 10곳을 ' +
          '현대화하기로 합의했다.',
        sources: [
          {
            url: 'https://www.unikorea.go.kr/eng_unikorea/news/releases/?boardId=bbs_0000000000000034&mode=view&cntId=54196',
            title: 'Joint Press Release of Sectoral Meeting on Inter-Korean Forestry Cooperation',
            publisher: 'Ministry of Unification (ROK)',
            publishedOn: '2018-10-22',
            kind: 'official',
          },
        ],
      },
      {
        status: 'in_progress',
        effectiveOn: '2018-11-29',
        actors: ['ROK', 'DPRK'],
        summary:
          'Seoul delivered 50 tonnes of pine-wilt pesticide to Kaesong, and the two sides carried out joint pest ' +
          'control near the city that day.',
        summaryKo:
          '정부는 소나무재선충 방제약 50톤을 개성에 전달했고, 남북은 같은 날 개성 인근에서 공동방제를 했다.',
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
        datePrecision: 'month',
        actors: ['ROK'],
        summary:
          'Context, not an event: a study published in November 2020 examined why inter-Korean forestry cooperation ' +
          'had accomplished so little. Whether the nursery modernisation was carried out: (unconfirmed).',
        summaryKo:
          '사건이 아닌 맥락: 2020년 11월 발표된 연구는 남북 산림협력의 성과가 적은 이유를 분석했다. 양묘장 현대화 ' +
          '이행 여부는 확인되지 않았다(미확인).',
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
    titleKo: '방역 및 보건·의료 분야 협력 강화',
    text:
      'The two sides agree to strengthen cooperation on disease control and health care, including emergency ' +
      'measures to prevent infectious diseases from entering and spreading.',
    category: 'humanitarian',
    parties: ['ROK', 'DPRK'],
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-11-07',
        actors: ['ROK', 'DPRK'],
        summary:
          'The first inter-Korean health talks since 2007 agreed to trial an exchange of information on infectious diseases.',
        summaryKo:
          '2007년 이후 처음 열린 남북 보건의료 회담에서 감염병 정보를 시범적으로 교환하기로 합의했다.',
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
        actors: ['ROK', 'DPRK'],
        summary:
          'Working-level health talks in Kaesong shared data on influenza and agreed to share data on infectious ' +
          'diseases regularly the following year.',
        summaryKo:
          '개성에서 열린 남북 보건 실무회담에서 인플루엔자 정보를 교환하고, 이듬해 감염병 정보를 정기적으로 교환하기로 했다.',
        sources: [
          {
            url: 'https://en.yna.co.kr/view/AEN20181212001551320',
            title: '(LEAD) Koreas hold working-level talks on health care',
            publisher: 'Yonhap News Agency',
            publishedOn: '2018-12-12',
            kind: 'news',
          },
        ],
      },
      {
        status: 'in_progress',
        effectiveOn: '2019-01-10',
        actors: ['ROK', 'DPRK'],
        summary: 'The planned delivery of 200,000 doses of Tamiflu to the North was postponed.',
        summaryKo: '북한에 타미플루 20만 명분을 보내려던 계획이 연기됐다.',
        sources: [
          {
            url: 'https://en.yna.co.kr/view/AEN20190110006100325',
            title: 'S. Korea postpones provision of promised Tamiflu to N. Korea: official',
            publisher: 'Yonhap News Agency',
            publishedOn: '2019-01-10',
            kind: 'news',
          },
        ],
      },
      {
        status: 'stalled',
        effectiveOn: '2019-02-07',
        actors: ['DPRK', 'ROK'],
        summary:
          'The Tamiflu delivery had been put off repeatedly; a source said the North was not responding to the offer, ' +
          'while Seoul denied that cooperation with the UN Command was the obstacle. No later health exchange was found.',
        summaryKo:
          '타미플루 전달은 거듭 미뤄졌다. 북한이 제안에 호응하지 않고 있다는 소식통의 전언이 나왔고, 정부는 유엔사 등과의 ' +
          '협력에는 문제가 없다고 밝혔다. 이후 보건 분야 교류는 확인되지 않았다.',
        sources: [
          {
            url: 'https://en.yna.co.kr/view/AEN20190207011000325',
            title: 'Seoul has no problem with global cooperation on sending Tamiflu to N. Korea: official',
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
    title: 'Open the permanent reunion facility for separated families at Mount Kumgang',
    titleKo: '금강산 이산가족 상설면회소 조속 개소 및 시설 복구',
    text:
      'The two sides agree to open a permanent facility for separated-family reunions in the Mount Kumgang area at ' +
      'an early date, restoring the facility promptly for the purpose.',
    category: 'humanitarian',
    parties: ['ROK', 'DPRK'],
    deadlineNote: 'At an early date.',
    deadlineNoteKo: '빠른 시일 내.',
    fromDevelopments: [
      { development: 'communication-lines-cut-2020', status: 'stalled' },
      { development: 'cooperation-bodies-abolished-2024', status: 'abandoned' },
    ],
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-10-15',
        actors: ['ROK', 'DPRK'],
        summary:
          'High-level talks agreed to hold Red Cross talks at Mount Kumgang in November 2018 on restoring the facility, ' +
          'video reunions and video letters. Whether renovation work began: (unconfirmed).',
        summaryKo:
          '남북 고위급회담에서 2018년 11월 금강산에서 적십자회담을 열어 면회소 복구와 화상상봉·영상편지 문제를 논의하기로 ' +
          '했다. 개보수 착수 여부는 확인되지 않았다(미확인).',
        sources: [MOU_HIGH_LEVEL_TALKS_2018_10_15_RELEASE],
      },
      {
        status: 'abandoned',
        effectiveOn: '2025-02-13',
        actors: ['DPRK', 'ROK'],
        summary:
          'Seoul confirmed that the North was demolishing the reunion centre, last used for reunions in August 2018, ' +
          'and urged it to stop.',
        summaryKo:
          '정부는 2018년 8월 상봉 이후 쓰이지 않은 금강산 이산가족면회소를 북한이 철거하고 있음을 확인하고 중단을 촉구했다.',
        sources: [
          {
            url: 'https://www.trtworld.com/article/18264451',
            title: 'North Korea demolishing facility for separated families — Seoul',
            publisher: 'TRT World',
            publishedOn: '2025-02-13',
            kind: 'news',
          },
          {
            url: 'https://www.scmp.com/news/asia/east-asia/article/3298456/seoul-angered-over-north-koreas-demolition-venue-separated-families',
            title: 'Seoul angered over North Korea’s demolition of venue for separated families',
            publisher: 'South China Morning Post',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'video-reunions',
    articleRef: 'Art. 3(2)',
    title: 'Video reunions and video letters for separated families, through Red Cross talks',
    titleKo: '이산가족 화상상봉·영상편지 교환 우선 해결 (적십자 회담)',
    text:
      'The two sides agree to settle first, through Red Cross talks, video reunions of separated families and the ' +
      'exchange of video letters.',
    category: 'humanitarian',
    parties: ['ROK', 'DPRK'],
    fromDevelopments: [{ development: 'communication-lines-cut-2020', status: 'stalled' }],
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-10-15',
        actors: ['ROK', 'DPRK'],
        summary:
          'High-level talks agreed that Red Cross talks in November 2018 would take up video reunions and video letters.',
        summaryKo:
          '남북 고위급회담에서 2018년 11월 적십자회담에서 화상상봉과 영상편지 교환 문제를 논의하기로 했다.',
        sources: [MOU_HIGH_LEVEL_TALKS_2018_10_15_RELEASE],
      },
      {
        status: 'in_progress',
        effectiveOn: '2018-12-12',
        actors: ['ROK', 'US'],
        summary:
          'Seoul was discussing with Washington a sanctions exemption for the equipment needed for video reunions.',
        summaryKo: '정부는 화상상봉 장비 반출을 위한 제재 면제를 미국과 협의하고 있었다.',
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
        effectiveOn: '2019-03-08',
        actors: ['UNSC', 'ROK'],
        summary:
          "The UN Security Council's sanctions committee approved Seoul's request to send cameras and other equipment " +
          'to the North for video reunions. No video reunion was held afterwards.',
        summaryKo:
          '유엔 안보리 대북제재위원회가 화상상봉용 장비의 북한 반출에 대한 제재 면제를 승인했다. 이후 화상상봉은 열리지 않았다.',
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
        actors: ['ROK', 'DPRK'],
        summary:
          'Seoul formally proposed talks on separated families; the North did not answer. No reunion of any kind had ' +
          'taken place since 2018.',
        summaryKo:
          '정부가 이산가족 문제 논의를 위한 회담을 공식 제안했으나 북한은 응하지 않았다. 2018년 이후 어떤 형태의 상봉도 ' +
          '열리지 않았다.',
        sources: [
          {
            url: 'https://en.yna.co.kr/view/AEN20220908002754325',
            title: '(3rd LD) Unification minister proposes talks with N. Korea on separated families',
            publisher: 'Yonhap News Agency',
            publishedOn: '2022-09-08',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'cultural-exchanges',
    articleRef: 'Art. 4(1)',
    title: 'Step up cultural and artistic exchanges',
    titleKo: '문화·예술 분야 교류 증진',
    text:
      'The two sides will step up exchanges and cooperation in many fields, including culture and the arts, to ' +
      'foster an atmosphere of reconciliation and unity.',
    category: 'exchange',
    parties: ['ROK', 'DPRK'],
    fromDevelopments: [
      { development: 'liaison-office-destroyed-2020', status: 'stalled' },
      { development: 'cooperation-bodies-abolished-2024', status: 'abandoned' },
    ],
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-10-15',
        actors: ['DPRK', 'ROK'],
        summary:
          "The North's National Reconciliation Council proposed restarting on 22 October the joint excavation of the " +
          'Manwoldae palace site in Kaesong, suspended since 2015; the restart had been agreed before the declaration.',
        summaryKo:
          '북측 민족화해협의회가 2015년 이후 중단된 개성 만월대 남북 공동발굴을 10월 22일부터 재개하자고 남측에 알려왔다. ' +
          '재개 자체는 평양공동선언 이전에 합의된 것이다.',
        sources: [
          {
            url: 'https://www.ytn.co.kr/_ln/0106_201810151554192225',
            title: '개성 만월대 공동발굴, 이르면 22일 재개',
            publisher: 'YTN',
            publishedOn: '2018-10-15',
            kind: 'news',
          },
        ],
      },
      {
        status: 'in_progress',
        effectiveOn: '2018-11-26',
        actors: ['ROK', 'DPRK'],
        summary:
          'UNESCO inscribed traditional Korean wrestling (ssireum/ssirum) as intangible heritage of both Koreas, their ' +
          'first joint inscription.',
        summaryKo: '씨름이 남북 최초의 공동 등재로 유네스코 인류무형문화유산에 올랐다.',
        sources: [
          {
            url: 'http://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=320233',
            title:
              '"Traditional Korean Wrestling, Ssirum/Ssireum," of Two Koreas Jointly Inscribed as Intangible Cultural Heritage of Humanity of UNESCO',
            publisher: 'Ministry of Foreign Affairs (ROK)',
            publishedOn: '2018-11-26',
            kind: 'official',
          },
        ],
      },
    ],
  },
  {
    slug: 'art-troupe-seoul',
    articleRef: 'Art. 4(1)',
    title: 'Pyongyang art troupe to perform in Seoul in October',
    titleKo: '10월 중 평양예술단 서울공연',
    text: "The two sides agree, as a first step, that the North's Pyongyang art troupe will perform in Seoul in October.",
    category: 'exchange',
    parties: ['DPRK', 'ROK'],
    deadline: '2018-10-31',
    deadlineNote: 'October 2018.',
    deadlineNoteKo: '2018년 10월 중.',
    fromDevelopments: [{ development: 'two-hostile-states-2023', status: 'abandoned' }],
    updates: [
      {
        status: 'not_started',
        effectiveOn: '2018-10-26',
        actors: ['ROK', 'DPRK'],
        summary:
          'A government source said an October performance was unlikely because no date or venue had been agreed; ' +
          'no performance was found later.',
        summaryKo:
          '날짜와 장소가 합의되지 않아 10월 공연은 어렵다는 정부 소식통의 발언이 나왔고, 이후에도 공연은 확인되지 않았다.',
        sources: [
          {
            url: 'https://www.koreaherald.com/view.php?ud=20181026000473',
            title: "N. Korean art troupe's performance in Seoul unlikely in Oct.: source",
            publisher: 'The Korea Herald (Yonhap)',
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
    titleKo: '2020년 하계올림픽 등 국제경기 공동 진출',
    text:
      'The two sides agree to take part jointly and actively in international competitions, including the 2020 ' +
      'Summer Olympics.',
    textKo:
      '남과 북은 2020년 하계올림픽경기대회를 비롯한 국제경기들에 공동으로 적극 진출하며, 2032년 하계올림픽의 ' +
      '남북공동개최를 유치하는 데 협력하기로 했다.',
    category: 'exchange',
    parties: ['ROK', 'DPRK'],
    deadline: '2021-07-23',
    deadlineNote:
      'The 2020 Tokyo Games; postponed because of the COVID-19 pandemic, they opened on 23 July 2021.',
    deadlineNoteKo: '2020년 도쿄올림픽. 코로나19 대유행으로 연기돼 2021년 7월 23일 개막했다.',
    updates: [
      {
        status: 'partial',
        effectiveOn: '2018-09-27',
        actors: ['ROK', 'DPRK'],
        summary:
          'A unified Korean team entered the mixed-team event of the World Judo Championships in Baku and won bronze.',
        summaryKo: '남북 단일팀이 바쿠 세계유도선수권대회 혼성 단체전에 출전해 동메달을 땄다.',
        sources: [
          {
            url: 'https://www.euronews.com/2018/09/27/2018-world-judo-championships-japan-beats-france-to-win-gold-bronze-for-unified-korea-and',
            title:
              '2018 World Judo Championships: Japan beats France to win gold, bronze for unified Korea and Russia',
            publisher: 'Euronews',
            publishedOn: '2018-09-27',
            kind: 'news',
          },
        ],
      },
      {
        status: 'partial',
        effectiveOn: '2019-01-10',
        actors: ['ROK', 'DPRK'],
        summary:
          "A unified Korean men's handball team played the World Championship in Germany and Denmark (10 to 27 " +
          'January 2019).',
        summaryKo:
          '남북 단일팀이 독일·덴마크에서 열린 세계남자핸드볼선수권대회(2019년 1월 10~27일)에 출전했다.',
        sources: [
          {
            url: 'https://koreajoongangdaily.joins.com/2018/12/23/Baseball/Handball-team-departs-for-Berlin/3057294.html',
            title: 'Handball team departs for Berlin',
            publisher: 'Korea JoongAng Daily (Yonhap)',
            publishedOn: '2018-12-23',
            kind: 'news',
          },
        ],
      },
      {
        status: 'partial',
        effectiveOn: '2019-02-15',
        actors: ['ROK', 'DPRK', 'IOC'],
        summary:
          'At a meeting at the IOC in Lausanne, the two Koreas asked to field unified teams in four sports at Tokyo.',
        summaryKo: '남북은 로잔 IOC 회의에서 도쿄올림픽 4개 종목에 단일팀을 내보내겠다고 요청했다.',
        sources: [KH_IOC_2019_02_15],
      },
      {
        status: 'partial',
        effectiveOn: '2019-03-27',
        actors: ['IOC'],
        summary:
          'The IOC executive board approved unified Korean teams and a joint march at the Tokyo Games.',
        summaryKo: 'IOC 집행위원회가 도쿄올림픽 남북 단일팀 구성과 공동입장을 승인했다.',
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
        actors: ['DPRK'],
        summary: 'The North said it would not take part in the Tokyo Games, citing the pandemic.',
        summaryKo: '북한이 코로나19를 이유로 도쿄올림픽에 참가하지 않겠다고 발표했다.',
        sources: [
          {
            url: 'https://www.cbc.ca/sports/olympics/north-korea-not-participating-in-tokyo-olympics-covid-concerns-1.5976181',
            title: "North Korea says it won't participate in Tokyo Olympics due to COVID-19 concerns",
            publisher: 'CBC Sports',
            publishedOn: '2021-04-06',
            kind: 'news',
          },
        ],
      },
      {
        status: 'abandoned',
        effectiveOn: '2021-09-08',
        actors: ['IOC', 'DPRK'],
        summary:
          "The IOC suspended North Korea's Olympic committee until the end of 2022 because it was the only one not to " +
          'send a team to Tokyo.',
        summaryKo:
          'IOC는 도쿄올림픽에 유일하게 선수단을 보내지 않은 북한 올림픽위원회의 자격을 2022년 말까지 정지했다.',
        sources: [
          {
            url: 'https://www.skysports.com/olympics/news/15234/12402392/olympics-north-korea-suspended-from-ioc-until-end-of-2022-after-failing-to-attend-tokyo-games',
            title:
              'Olympics: North Korea suspended from IOC until end of 2022 after failing to attend Tokyo Games',
            publisher: 'Sky Sports',
            publishedOn: '2021-09-08',
            kind: 'news',
          },
          {
            url: 'https://www3.nhk.or.jp/nhkworld/en/news/20210909_07/',
            title: 'IOC suspends North Korea over Tokyo absence',
            publisher: 'NHK World',
            publishedOn: '2021-09-09',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'olympics-2032-joint-bid',
    articleRef: 'Art. 4(2)',
    title: 'Cooperate on a joint bid to host the 2032 Summer Olympics',
    titleKo: '2032년 하계올림픽 남북공동개최 유치 협력',
    text: 'The two sides agree to cooperate on a bid to host the 2032 Summer Olympic Games jointly.',
    textKo:
      '남과 북은 2020년 하계올림픽경기대회를 비롯한 국제경기들에 공동으로 적극 진출하며, 2032년 하계올림픽의 ' +
      '남북공동개최를 유치하는 데 협력하기로 했다.',
    category: 'exchange',
    parties: ['ROK', 'DPRK'],
    fromDevelopments: [{ development: 'communication-lines-cut-2020', status: 'stalled' }],
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2019-02-15',
        actors: ['ROK', 'DPRK', 'IOC'],
        summary: 'The two Koreas told the IOC they intended to bid jointly for the 2032 Games.',
        summaryKo: '남북은 IOC에 2032년 하계올림픽 공동유치 의사를 전달했다.',
        sources: [KH_IOC_2019_02_15],
      },
      {
        status: 'stalled',
        effectiveOn: '2021-02-24',
        actors: ['IOC'],
        summary: 'The IOC named Brisbane its preferred host for 2032 and opened exclusive talks with it.',
        summaryKo: 'IOC가 브리즈번을 2032년 올림픽 우선협상 대상지로 정하고 단독 협의에 들어갔다.',
        sources: [
          {
            url: 'https://www.theguardian.com/sport/2021/feb/25/brisbane-chosen-as-preferred-partner-to-host-2032-olympic-games-ioc-says',
            title: "Brisbane chosen as 'preferred partner' to host 2032 Olympic Games, IOC says",
            publisher: 'The Guardian',
            publishedOn: '2021-02-24',
            kind: 'news',
          },
        ],
      },
      {
        status: 'abandoned',
        effectiveOn: '2021-07-21',
        actors: ['IOC'],
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
        ],
      },
    ],
  },
  {
    slug: 'joint-anniversaries',
    articleRef: 'Art. 4(3)',
    title:
      'Mark the October 4 Declaration anniversary and jointly commemorate the March 1 Movement centenary',
    titleKo: '10·4 선언 11주년 기념행사 및 3·1운동 100주년 남북 공동기념',
    text:
      'The two sides agree to hold events marking the 11th anniversary of the 4 October 2007 declaration, and to ' +
      'jointly commemorate the centenary of the 1 March 1919 independence movement and hold working-level ' +
      'consultations to that end.',
    category: 'exchange',
    parties: ['ROK', 'DPRK'],
    deadline: '2019-03-01',
    deadlineNote:
      'October 2018 for the October 4 anniversary; 1 March 2019 for the March 1 Movement centenary.',
    deadlineNoteKo: '10·4 선언 기념행사는 2018년 10월, 3·1운동 100주년 공동기념은 2019년 3월 1일.',
    fromDevelopments: [{ development: 'communication-lines-cut-2020', status: 'partial' }],
    updates: [
      {
        status: 'partial',
        effectiveOn: '2018-10-04',
        actors: ['ROK', 'DPRK'],
        summary:
          'From 4 to 6 October 2018 about 160 South Koreans attended a joint anniversary event in Pyongyang.',
        summaryKo: '2018년 10월 4~6일 남측 인사 약 160명이 평양에서 열린 10·4 선언 기념 공동행사에 참석했다.',
        sources: [
          {
            url: 'https://news.kbs.co.kr/news/view.do?ncd=4046707',
            title: 'Joint Celebration',
            publisher: 'KBS News',
            publishedOn: '2018-10-05',
            kind: 'news',
          },
        ],
      },
      {
        status: 'partial',
        effectiveOn: '2019-02-14',
        actors: ['ROK', 'DPRK'],
        summary:
          'Seoul said a substantial joint centenary event was unlikely: it had sent proposals on the site and size ' +
          'several times since December, but the North had given no concrete answer.',
        summaryKo:
          '통일부는 3·1운동 100주년 남북 공동행사가 실질적으로 열리기 어렵다고 밝혔다. 12월 이후 장소와 규모를 담은 ' +
          '제안을 여러 차례 보냈지만 북측의 구체적 답이 없었다.',
        sources: [
          {
            url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=142987',
            title: "'Substantial South-North Event for Independence Movement Unlikely'",
            publisher: 'KBS World',
            publishedOn: '2019-02-14',
            kind: 'news',
          },
        ],
      },
      {
        status: 'partial',
        effectiveOn: '2019-02-21',
        actors: ['DPRK', 'ROK'],
        summary:
          "The North's chief delegate to high-level talks told Seoul that a joint 1 March event could not be prepared " +
          'in time; Seoul said it would still pursue joint commemorations of the centenary.',
        summaryKo:
          '북측 고위급회담 단장은 3·1절 공동행사를 일정상 준비할 수 없다고 통보했고, 정부는 100주년 공동기념을 계속 ' +
          '추진하겠다고 밝혔다.',
        sources: [
          {
            url: 'http://www.hani.co.kr/arti/english_edition/e_northkorea/883262.html',
            title:
              'Plans for joint inter-Korean event to commemorate Mar. 1 Movement centennial fall through',
            publisher: 'The Hankyoreh',
            publishedOn: '2019-02-22',
            kind: 'news',
          },
          {
            url: 'http://m.koreatimes.co.kr/pages/article.asp?newsIdx=264210',
            title: 'Inter-Korean joint celebration for independence uprising cancelled',
            publisher: 'The Korea Times',
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
    titleKo: '동창리 엔진시험장·미사일 발사대 유관국 전문가 참관하 영구 폐기',
    text:
      'The North will first permanently dismantle the Dongchang-ri engine test site and missile launch platform, ' +
      'with experts from the countries concerned observing.',
    textKo:
      '북측은 동창리 엔진시험장과 미사일 발사대를 유관국 전문가들의 참관 하에 우선 영구적으로 폐기하기로 하였다.',
    category: 'denuclearization',
    parties: ['DPRK'],
    updates: [
      {
        status: 'not_started',
        effectiveOn: '2018-07-20',
        actors: ['DPRK'],
        summary:
          'Context, before the declaration: satellite images of 20 and 22 July 2018 showed the North taking apart the ' +
          'engine test stand at the site; 38 North saw no further dismantling after 3 August, and no observed ' +
          'dismantling followed the declaration.',
        summaryKo:
          '평양공동선언 이전의 맥락: 2018년 7월 20일과 22일 위성사진에 동창리 엔진시험대 해체 작업이 포착됐으나, 38노스는 ' +
          '8월 3일 이후 추가 해체가 없다고 분석했다. 선언 이후 참관하의 폐기는 없었다.',
        sources: [
          {
            url: 'https://www.38north.org/2018/08/sohae080718/',
            title: 'More Progress on Dismantling Facilities at the Sohae Satellite Launching Station',
            publisher: '38 North',
            publishedOn: '2018-08-07',
            kind: 'analysis',
          },
          {
            url: 'https://www.koreaherald.com/view.php?ud=20180823000084',
            title: 'No sign of additional dismantling at NK missile engine test site: 38 North',
            publisher: 'The Korea Herald (Yonhap)',
            publishedOn: '2018-08-23',
            kind: 'news',
          },
        ],
      },
      {
        status: 'not_started',
        effectiveOn: '2019-03-02',
        actors: ['DPRK'],
        summary:
          'Two days after the Hanoi summit, satellite imagery showed the North rapidly rebuilding the engine test stand ' +
          'and the rail-mounted transfer structure at the site.',
        summaryKo:
          '하노이 정상회담 이틀 뒤 위성사진에서 북한이 동창리 엔진시험대와 발사대 이동식 구조물을 빠르게 복구하는 모습이 확인됐다.',
        sources: [
          {
            url: 'https://beyondparallel.csis.org/hanoi-summit-rebuilding-sohae-launch-facility/',
            title: 'After Hanoi Summit: Rebuilding of Sohae Launch Facility',
            publisher: 'Beyond Parallel (CSIS)',
            kind: 'analysis',
          },
        ],
      },
      {
        status: 'abandoned',
        effectiveOn: '2019-12-07',
        actors: ['DPRK'],
        summary:
          'The North said it had carried out "very important" tests at the Sohae site on 7 and 13 December; imagery ' +
          'showed activity at the engine test stand it had pledged to dismantle.',
        summaryKo:
          '북한은 12월 7일과 13일 서해위성발사장에서 "중대한 시험"을 했다고 발표했고, 위성사진에는 폐기하기로 한 ' +
          '엔진시험대의 시험 흔적이 나타났다.',
        sources: [
          {
            url: 'http://kcna.co.jp/item/2019/201912/news08/20191208-04ee.html',
            title: 'Statement of Spokesman for Academy of National Defence Science Issued',
            publisher: 'Korean Central News Agency',
            publishedOn: '2019-12-08',
            kind: 'official',
          },
          {
            url: 'https://www.38north.org/2019/12/sohae121619/',
            title: "North Korea's Sohae Satellite Launching Station: Post-Engine Test Activity Observed",
            publisher: '38 North',
            publishedOn: '2019-12-16',
            kind: 'analysis',
          },
        ],
      },
      {
        status: 'abandoned',
        effectiveOn: '2022-03-11',
        actors: ['DPRK'],
        summary:
          'Kim Jong-un visited the Sohae launch site at Dongchang-ri and ordered it expanded and modernised.',
        summaryKo: '김정은 위원장이 동창리 서해위성발사장을 찾아 확장·현대화를 지시했다.',
        sources: [
          {
            url: 'https://news.kbs.co.kr/news/view.do?ncd=5413403',
            title: '[News Today] KIM VISITS SATELLITE LAUNCH SITE',
            publisher: 'KBS News',
            publishedOn: '2022-03-11',
            kind: 'news',
          },
        ],
      },
      {
        status: 'abandoned',
        effectiveOn: '2023-11-21',
        actors: ['DPRK'],
        summary:
          'The North launched a military reconnaissance satellite from the Sohae station; no expert-observed ' +
          'dismantling ever took place.',
        summaryKo:
          '북한이 서해위성발사장에서 군사정찰위성을 발사했다. 전문가 참관하의 폐기는 끝내 이뤄지지 않았다.',
        sources: [
          {
            url: 'https://press.un.org/en/2023/sc15504.doc.htm',
            title:
              "Democratic People's Republic of Korea Continues Nuclear Weapons Programme, Violating Resolutions, Assistant Secretary-General Warns Security Council",
            publisher: 'United Nations',
            kind: 'official',
          },
        ],
      },
    ],
  },
  {
    slug: 'yongbyon-dismantlement',
    articleRef: 'Art. 5(2)',
    title: 'Permanently dismantle Yongbyon and take further steps if the US takes corresponding measures',
    titleKo: '미국 상응조치 시 영변 핵시설 영구적 폐기 등 추가 조치 용의',
    text:
      'The North expresses its willingness to keep taking further steps, such as permanently dismantling the ' +
      'Yongbyon nuclear facilities, if the United States takes corresponding measures in the spirit of the 12 June ' +
      'Singapore statement.',
    textKo:
      '북측은 미국이 6.12 북미공동성명의 정신에 따라 상응조치를 취하면 영변 핵시설의 영구적 폐기와 같은 추가적인 ' +
      '조치를 계속 취해나갈 용의가 있음을 표명하였다.',
    category: 'denuclearization',
    parties: ['DPRK'],
    deadlineNote:
      'Conditional: the United States is not a party, but its corresponding measures are the condition.',
    deadlineNoteKo: '조건부: 미국은 당사자가 아니지만, 미국의 상응조치가 조건이다.',
    fromDevelopments: [{ development: 'hanoi-summit-2019', status: 'not_started' }],
    updates: [
      {
        status: 'not_started',
        effectiveOn: '2021-08-27',
        actors: ['IAEA', 'DPRK'],
        summary:
          "The IAEA's annual report said there had been signs since early July 2021, such as cooling-water discharge, " +
          'consistent with the Yongbyon reactor operating again.',
        summaryKo:
          'IAEA 연례 보고서는 2021년 7월 초부터 냉각수 방출 등 영변 원자로 재가동과 부합하는 징후가 있다고 밝혔다.',
        sources: [
          {
            url: 'https://www.neimagazine.com/news/newsiaea-finds-some-of-north-koreas-nuclear-activities-deeply-troubling-9061728/',
            title: 'IAEA finds some of North Korea\'s nuclear activities "deeply troubling"',
            publisher: 'Nuclear Engineering International',
            publishedOn: '2021-09-07',
            kind: 'news',
          },
        ],
      },
      {
        status: 'abandoned',
        effectiveOn: '2022-09-08',
        actors: ['DPRK'],
        summary:
          "The North's Supreme People's Assembly adopted a law on its nuclear forces policy, describing them as a means " +
          'of defending the sovereignty of the state and setting out when they may be used.',
        summaryKo:
          '북한 최고인민회의가 핵무력을 국가 주권 수호의 수단으로 규정하고 사용 조건을 담은 핵무력정책 법령을 채택했다.',
        sources: [KCNA_NUCLEAR_FORCES_LAW_2022_09_10],
      },
      {
        status: 'abandoned',
        effectiveOn: '2023-09-27',
        actors: ['DPRK'],
        summary: 'The North wrote the policy of building up its nuclear forces into its constitution.',
        summaryKo: '북한이 핵무력 강화 정책을 헌법에 명시했다.',
        sources: [REUTERS_CONSTITUTION_2023_09_28, DONGA_CONSTITUTION_2023_10_03],
      },
    ],
  },
  {
    slug: 'denuclearisation-cooperation',
    articleRef: 'Art. 5(3)',
    title: 'Work closely together towards the complete denuclearisation of the peninsula',
    titleKo: '한반도의 완전한 비핵화 추진 과정에서 남북 긴밀 협력',
    text:
      'The two sides will cooperate closely with each other as they pursue the complete denuclearisation of the ' +
      'Korean peninsula.',
    textKo: '남과 북은 한반도의 완전한 비핵화를 추진해나가는 과정에서 함께 긴밀히 협력해나가기로 하였다.',
    category: 'denuclearization',
    parties: ['ROK', 'DPRK'],
    fromDevelopments: [{ development: 'hanoi-summit-2019', status: 'not_started' }],
    updates: [
      {
        status: 'abandoned',
        effectiveOn: '2022-09-08',
        actors: ['DPRK'],
        summary:
          "The North's Supreme People's Assembly adopted a law on its nuclear forces policy; no joint inter-Korean " +
          'work on denuclearisation had taken place.',
        summaryKo:
          '북한 최고인민회의가 핵무력정책 법령을 채택했다. 비핵화를 위한 남북 협력은 이뤄진 적이 없다.',
        sources: [KCNA_NUCLEAR_FORCES_LAW_2022_09_10],
      },
      {
        status: 'abandoned',
        effectiveOn: '2023-09-27',
        actors: ['DPRK'],
        summary: 'The North wrote the policy of building up its nuclear forces into its constitution.',
        summaryKo: '북한이 핵무력 강화 정책을 헌법에 명시했다.',
        sources: [REUTERS_CONSTITUTION_2023_09_28, DONGA_CONSTITUTION_2023_10_03],
      },
    ],
  },
  {
    slug: 'kim-seoul-visit',
    articleRef: 'Art. 6',
    title: 'Kim Jong-un to visit Seoul "in the near future"',
    titleKo: '김정은 국무위원장 가까운 시일 내 서울 방문',
    text: "Chairman Kim Jong-un agrees to visit Seoul in the near future at President Moon Jae-in's invitation.",
    category: 'political',
    parties: ['DPRK', 'ROK'],
    deadlineNote:
      'In the near future; Moon said that, barring special circumstances, this meant within 2018.',
    deadlineNoteKo: '가까운 시일 내. 문 대통령은 특별한 사정이 없으면 연내를 뜻한다고 말했다.',
    fromDevelopments: [{ development: 'two-hostile-states-2023', status: 'abandoned' }],
    updates: [
      {
        status: 'not_started',
        effectiveOn: '2018-12-30',
        actors: ['DPRK'],
        summary:
          'In a letter to Moon, Kim expressed regret that he had not been able to visit Seoul; no visit followed.',
        summaryKo:
          '김정은 위원장은 문 대통령에게 보낸 친서에서 서울 방문이 이뤄지지 못한 데 아쉬움을 표했고, 방문은 끝내 없었다.',
        sources: [
          {
            url: 'https://scmp.com/news/asia/east-asia/article/2180024/north-koreas-kim-jong-un-calls-more-peace-talks-souths-moon-jae',
            title: 'North Korea’s Kim Jong-un calls for more peace talks with South’s Moon Jae-in in letter',
            publisher: 'South China Morning Post',
            publishedOn: '2018-12-30',
            kind: 'news',
          },
        ],
      },
    ],
  },
];
