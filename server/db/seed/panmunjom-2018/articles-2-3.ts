import type { SeedCommitment } from '../seed-types.ts';
import { TASS_PYONGYANG_AIRPORT_2018_09_18 } from './sources.ts';

/** Articles 2 and 3 of the Panmunjom Declaration, and its closing undertaking on summits. */
export const panmunjomArticles2And3: SeedCommitment[] = [
  {
    slug: 'loudspeakers-leaflets-halt',
    articleRef: 'Art. 2(1)',
    title:
      'Stop all hostile acts along the demarcation line from 1 May 2018, loudspeakers and leaflets first',
    titleKo: '5월 1일부터 군사분계선 일대 확성기 방송·전단 살포 등 적대행위 중지와 수단 철폐',
    text:
      'The two sides will stop every hostile act against each other on land, at sea and in the air; from 1 May they ' +
      'will halt loudspeaker broadcasts, leaflet launches and all other hostile acts along the demarcation line, ' +
      'remove their means, and turn the DMZ into a real peace zone.',
    textKo:
      '남과 북은 지상과 해상, 공중을 비롯한 모든 공간에서 군사적 긴장과 충돌의 근원으로 되는 상대방에 대한 일체의 ' +
      '적대행위를 전면 중지하기로 하였다. 당면하여 5월 1일부터 군사분계선 일대에서 확성기 방송과 전단살포를 비롯한 ' +
      '모든 적대 행위들을 중지하고 그 수단을 철폐하며 앞으로 비무장지대를 실질적인 평화지대로 만들어 나가기로 하였다.',
    category: 'military',
    parties: ['ROK', 'DPRK'],
    deadline: '2018-05-01',
    deadlineNote: 'Loudspeakers and leaflets to stop from 1 May 2018.',
    deadlineNoteKo: '2018년 5월 1일부터 확성기 방송과 전단 살포 중지.',
    updates: [
      {
        status: 'partial',
        effectiveOn: '2018-05-01',
        meetsDeadline: true,
        actors: ['ROK', 'DPRK'],
        summary:
          'Both sides began dismantling their propaganda loudspeakers along the border; the South removed those it had ' +
          'set up at some 40 points. Leaflet launches by private groups in the South were not stopped.',
        summaryKo:
          '남북이 군사분계선 일대 선전 확성기 철거를 시작했고, 남측은 약 40곳의 확성기를 철거했다. 남측 민간단체의 전단 ' +
          '살포는 막지 못했다.',
        sources: [
          {
            url: 'https://www.sentinelassam.com/news/north-south-korea-begin-dismantling-border-loudspeakers/',
            title: 'North, South Korea begin dismantling border loudspeakers',
            publisher: 'IANS (in The Sentinel Assam)',
            publishedOn: '2018-05-01',
            kind: 'news',
          },
        ],
      },
      {
        status: 'partial',
        effectiveOn: '2020-12-14',
        actors: ['ROK'],
        summary:
          'The National Assembly passed a ban on launching leaflets across the border, with up to three years in ' +
          'prison; activist groups had kept sending them since 2018.',
        summaryKo:
          '국회가 대북전단 살포를 금지하고 최대 징역 3년에 처하는 법 개정안을 통과시켰다. 민간단체들은 2018년 이후에도 ' +
          '전단을 계속 보내왔다.',
        sources: [
          {
            url: 'https://m-en.yna.co.kr/view/AEN20201214003400315',
            title: 'Assembly passes bill on banning cross-border launch of anti-Pyongyang leaflets',
            publisher: 'Yonhap News Agency',
            publishedOn: '2020-12-14',
            kind: 'news',
          },
        ],
      },
      {
        status: 'partial',
        effectiveOn: '2023-09-26',
        actors: ['ROK'],
        summary:
          'The Constitutional Court struck the leaflet ban down as an excessive limit on free speech, 7 to 2.',
        summaryKo: '헌법재판소가 7대 2로 대북전단 금지법이 표현의 자유를 과도하게 제한한다며 위헌 결정했다.',
        sources: [
          {
            url: 'https://en.yna.co.kr/view/AEN20230926008500315',
            title: 'Constitutional Court strikes down law banning leaflet distribution into N. Korea',
            publisher: 'Yonhap News Agency',
            publishedOn: '2023-09-26',
            kind: 'news',
          },
        ],
      },
      {
        status: 'reversed',
        effectiveOn: '2024-06-09',
        actors: ['DPRK', 'ROK'],
        summary:
          'After the North had flown trash-laden balloons south since late May, in answer to activists’ leaflets, ' +
          'the South’s military resumed loudspeaker broadcasts across the border for the first time since 2018.',
        summaryKo:
          '5월 말부터 북한이 민간단체 전단에 대응해 오물풍선을 날려 보내자, 남측 군이 2018년 이후 처음으로 대북 확성기 ' +
          '방송을 재개했다.',
        sources: [
          {
            url: 'https://www.upi.com/Top_News/World-News/2024/06/09/south-korea-resumes-north-korea-broadcasts-trash-balloons/7421717942302/',
            title: 'South Korea resumes North Korea broadcasts over trash balloons',
            publisher: 'UPI',
            publishedOn: '2024-06-09',
            kind: 'news',
          },
        ],
      },
      {
        status: 'partial',
        effectiveOn: '2025-06-11',
        actors: ['ROK'],
        summary:
          'On President Lee Jae-myung’s order the military stopped the loudspeaker broadcasts from 2 p.m., to restore ' +
          'trust with the North.',
        summaryKo:
          '이재명 대통령의 지시로 군이 오후 2시부터 대북 확성기 방송을 중단했다. 남북 간 신뢰 회복을 위한 조치다.',
        sources: [
          {
            url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=193724',
            title: 'Pres. Lee Orders Loudspeaker Broadcasts Near Border to be Suspended from 2 PM Wed.',
            publisher: 'KBS World',
            publishedOn: '2025-06-11',
            kind: 'news',
          },
        ],
      },
      {
        status: 'partial',
        effectiveOn: '2025-08-04',
        actors: ['ROK'],
        summary:
          'The South began taking down its fixed border loudspeakers, to be finished within the week; the North had ' +
          'stopped its own noise broadcasts in June.',
        summaryKo:
          '남측이 고정식 대북 확성기 철거를 시작해 한 주 안에 마치기로 했다. 북측은 6월에 소음 방송을 멈췄다.',
        sources: [
          {
            url: 'https://www.hurriyetdailynews.com/s-korea-begins-removing-loudspeakers-on-border-with-north-212167',
            title: 'S Korea begins removing loudspeakers on border with North',
            publisher: 'AFP (in Hürriyet Daily News)',
            publishedOn: '2025-08-04',
            kind: 'news',
          },
          {
            url: 'https://news.kbs.co.kr/news/pc/view/view.do?ncd=8321100',
            title: '[News Today] Anti-NK speakers along border dismantled',
            publisher: 'KBS News',
            publishedOn: '2025-08-04',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'pmj-west-sea-peace-zone',
    articleRef: 'Art. 2(2)',
    title: 'Turn the Northern Limit Line area of the West Sea into a maritime peace zone',
    titleKo: '서해 북방한계선 일대 평화수역화와 안전한 어로 보장',
    text:
      'The two sides will make the area around the Northern Limit Line in the West Sea a maritime peace zone and ' +
      'work out practical measures to prevent accidental clashes and keep fishing safe.',
    textKo:
      '남과 북은 서해 북방한계선 일대를 평화수역으로 만들어 우발적인 군사적 충돌을 방지하고 안전한 어로 활동을 ' +
      '보장하기 위한 실제적인 대책을 세워나가기로 하였다.',
    category: 'military',
    parties: ['ROK', 'DPRK'],
    fromDevelopments: [
      { development: 'cma-measures-in-force-2018', status: 'partial' },
      { development: 'cma-repudiated-2023', status: 'abandoned' },
    ],
    updates: [],
  },
  {
    slug: 'military-talks-guarantees',
    articleRef: 'Art. 2(3)',
    title: 'Military guarantees for exchanges and frequent military talks, general-level talks in May 2018',
    titleKo: '교류 활성화에 따른 군사적 보장대책, 군사당국자회담 수시 개최와 5월 장성급 군사회담',
    text:
      'The two sides will take military measures to guarantee growing exchanges and contacts, hold talks between ' +
      'military authorities, defence ministers included, often to settle military issues without delay, and hold ' +
      'general-level military talks in May 2018 first.',
    category: 'military',
    parties: ['ROK', 'DPRK'],
    deadline: '2018-05-31',
    deadlineNote: 'General-level military talks first, in May 2018.',
    deadlineNoteKo: '우선 2018년 5월 중 장성급 군사회담 개최.',
    fromDevelopments: [
      { development: 'cma-measures-in-force-2018', status: 'partial' },
      { development: 'cma-repudiated-2023', status: 'abandoned' },
    ],
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-06-14',
        meetsDeadline: true,
        actors: ['ROK', 'DPRK'],
        summary:
          'The first general-level military talks since December 2007 met at Panmunjom, two weeks after the month set, ' +
          'to discuss carrying out the declaration’s military part.',
        summaryKo:
          '2007년 12월 이후 처음으로 장성급 군사회담이 판문점에서 열려 선언의 군사 분야 이행을 논의했다. 약속한 5월보다 ' +
          '2주 늦었다.',
        sources: [
          {
            url: 'http://eng.ajunews.com/view/20180614103024288',
            title: 'Two Koreas hold first round of military talks in border truce village',
            publisher: 'Aju Business Daily',
            publishedOn: '2018-06-14',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'non-aggression-reaffirmed',
    articleRef: 'Art. 3(1)',
    title: 'Reaffirm and strictly keep the agreement not to use force against each other',
    titleKo: '어떤 형태의 무력도 서로 사용하지 않는다는 불가침 합의의 재확인과 엄격한 준수',
    text:
      'The two sides reaffirm the non-aggression agreement that rules out the use of force in any form against each ' +
      'other and will strictly abide by it.',
    textKo:
      '남과 북은 그 어떤 형태의 무력도 서로 사용하지 않을 데 대한 불가침 합의를 재확인하고 엄격히 준수해 나가기로 하였다.',
    category: 'military',
    parties: ['ROK', 'DPRK'],
    fromDevelopments: [{ development: 'two-hostile-states-2023', status: 'abandoned' }],
    updates: [],
  },
  {
    slug: 'phased-arms-reduction',
    articleRef: 'Art. 3(2)',
    title: 'Reduce arms step by step as tension eases and military trust grows',
    titleKo: '군사적 긴장 해소와 신뢰 구축에 따른 단계적 군축',
    text: 'As military tension eases and military trust is built in practice, the two sides will reduce arms in stages.',
    category: 'military',
    parties: ['ROK', 'DPRK'],
    fromDevelopments: [{ development: 'two-hostile-states-2023', status: 'abandoned' }],
    updates: [],
  },
  {
    slug: 'end-of-war-declaration-2018',
    articleRef: 'Art. 3(3)',
    title: 'Declare an end to the war in 2018 and turn the armistice into a peace treaty',
    titleKo: '정전협정 65년인 2018년 종전 선언과 평화협정 전환, 3자 또는 4자 회담 추진',
    text:
      'In 2018, the 65th year of the armistice, the two sides will actively pursue three-way talks with the United ' +
      'States, or four-way talks with the United States and China, to declare an end to the war, turn the armistice ' +
      'into a peace treaty and build a permanent peace regime.',
    textKo:
      '남과 북은 정전협정체결 65년이 되는 올해에 종전을 선언하고 정전협정을 평화협정으로 전환하며 항구적이고 공고한 ' +
      '평화체제 구축을 위한 남북미 3자 또는 남북미중 4자회담 개최를 적극 추진해 나가기로 하였다.',
    category: 'political',
    parties: ['ROK', 'DPRK'],
    deadline: '2018-12-31',
    deadlineNote: 'The end of the war to be declared within 2018.',
    deadlineNoteKo: '2018년 안에 종전 선언.',
    fromDevelopments: [
      { development: 'hanoi-summit-2019', status: 'stalled' },
      { development: 'two-hostile-states-2023', status: 'abandoned' },
    ],
    updates: [
      {
        status: 'stalled',
        effectiveOn: '2021-09-21',
        actors: ['ROK'],
        summary:
          'At the UN General Assembly President Moon again proposed that the two Koreas and the US, or the two Koreas, ' +
          'the US and China, declare the war over. No declaration followed.',
        summaryKo:
          '문재인 대통령이 유엔총회에서 남북미 3자 또는 남북미중 4자의 종전 선언을 다시 제안했다. 선언은 이뤄지지 않았다.',
        sources: [
          {
            url: 'https://www.koreanewsdigest.com/moon-proposes-formal-end-to-korean-war-for-irreversible-progress-in-denuclearization-efforts-2/',
            title:
              'Moon proposes formal end to Korean War for irreversible progress in denuclearization efforts',
            publisher: 'Yonhap News Agency (in Korea News Digest)',
            publishedOn: '2021-09-22',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'complete-denuclearisation-goal',
    articleRef: 'Art. 3(4)',
    title: 'A nuclear-free peninsula through complete denuclearisation, each side doing its part',
    titleKo: '완전한 비핵화를 통한 핵 없는 한반도 실현',
    text:
      'The two sides confirm the common goal of a nuclear-free Korean Peninsula through complete denuclearisation, ' +
      'agree that the steps the North has begun are meaningful, will each play their part, and will seek the support ' +
      'and cooperation of the international community.',
    textKo:
      '남과 북은 완전한 비핵화를 통해 핵 없는 한반도를 실현한다는 공동의 목표를 확인하였다. 남과 북은 북측이 취하고 있는 ' +
      '주동적인 조치들이 한반도 비핵화를 위해 대단히 의의 있고 중대한 조치라는데 인식을 같이 하고 앞으로 각기 자기의 ' +
      '책임과 역할을 다하기로 하였다. 남과 북은 한반도 비핵화를 위한 국제사회의 지지와 협력을 위해 적극 노력하기로 하였다.',
    category: 'denuclearization',
    parties: ['ROK', 'DPRK'],
    fromDevelopments: [
      { development: 'hanoi-summit-2019', status: 'stalled' },
      { development: 'nuclear-forces-law-2022', status: 'abandoned' },
    ],
    updates: [
      {
        status: 'in_progress',
        effectiveOn: '2018-05-24',
        actors: ['DPRK'],
        summary:
          'The North blew up tunnels and buildings at its Punggye-ri nuclear test site before foreign journalists; ' +
          'no international inspectors were invited.',
        summaryKo:
          '북한이 외신 기자들 앞에서 풍계리 핵실험장 갱도와 시설을 폭파했다. 국제 사찰단은 초청하지 않았다.',
        sources: [
          {
            url: 'https://www.livemint.com/Politics/xrbHSO4Bww7hcdYqggXlBL/North-Korea-demolishes-what-it-says-is-nuclear-test-site.html',
            title: 'North Korea demolishes what it says is nuclear test site',
            publisher: 'Associated Press (in Mint)',
            publishedOn: '2018-05-24',
            kind: 'news',
          },
        ],
      },
    ],
  },
  {
    slug: 'regular-summits-hotline',
    articleRef: 'Art. 3 (closing)',
    title: 'Regular summits and a direct line between the leaders; Moon to visit Pyongyang in autumn 2018',
    titleKo: '정기적인 정상회담과 직통전화, 문재인 대통령의 2018년 가을 평양 방문',
    text:
      'The two leaders will discuss the nation’s vital matters often through regular meetings and direct telephone ' +
      'calls, and President Moon will visit Pyongyang in the autumn of 2018.',
    textKo:
      '양 정상은 정기적인 회담과 직통전화를 통하여 민족의 중대사를 수시로 진지하게 논의하고 신뢰를 굳건히 하며, ' +
      '남북관계의 지속적인 발전과 한반도의 평화와 번영, 통일을 향한 좋은 흐름을 더욱 확대해 나가기 위하여 함께 ' +
      '노력하기로 하였다. 문재인 대통령은 올해 가을 평양을 방문하기로 하였다.',
    category: 'political',
    parties: ['ROK', 'DPRK'],
    deadlineNote: 'The visit to Pyongyang in the autumn of 2018; no day is set.',
    deadlineNoteKo: '2018년 가을 평양 방문. 날짜는 정하지 않았다.',
    fromDevelopments: [
      { development: 'communication-lines-cut-2020', status: 'reversed' },
      { development: 'two-hostile-states-2023', status: 'abandoned' },
    ],
    updates: [
      {
        status: 'partial',
        effectiveOn: '2018-09-18',
        actors: ['ROK', 'DPRK'],
        summary:
          'Moon flew to Pyongyang for the third inter-Korean summit of the year and was met at the airport by Kim ' +
          'Jong-un. No summit has been held since.',
        summaryKo:
          '문 대통령이 그해 세 번째 남북정상회담을 위해 평양을 방문했고 김정은 위원장이 공항에서 맞았다. 이후 정상회담은 ' +
          '열리지 않았다.',
        sources: [TASS_PYONGYANG_AIRPORT_2018_09_18],
      },
    ],
  },
];
