import type { SeedCommitment } from '../seed-types.ts';

// English texts paraphrase the statement; Korean texts (textKo) are the US embassy in Seoul's translation.

/** The Singapore Joint Statement's four points, in order. */
export const singaporeCommitments: SeedCommitment[] = [
  {
    slug: 'us-dprk-new-relations',
    articleRef: 'Point 1',
    title: 'Establish new US–DPRK relations',
    titleKo: '새로운 북미 관계 수립',
    text: 'The United States and the DPRK commit to establish new relations, as their peoples wish for peace and prosperity.',
    textKo: '양국 국민의 평화와 번영을 바라는 마음으로 미국과 북한은 새로운 북미 관계를 수립하기로 노력한다.',
    category: 'political',
    parties: ['US', 'DPRK'],
    fromDevelopments: [
      { development: 'hanoi-summit-2019', status: 'stalled' },
      { development: 'dmz-trump-kim-meeting-2019', status: 'in_progress' },
      { development: 'stockholm-talks-2019', status: 'stalled' },
      { development: 'singapore-anniversary-statement-2020', status: 'stalled' },
    ],
    updates: [],
  },
  {
    slug: 'peninsula-peace-regime',
    articleRef: 'Point 2',
    title: 'Build a lasting and stable peace regime on the Korean Peninsula',
    titleKo: '한반도의 지속적이고 안정적인 평화 체제 구축',
    text: 'The United States and the DPRK will join their efforts to build a lasting and stable peace regime on the peninsula.',
    textKo: '미국과 북한은 한반도에서 지속적이고 안정적인 평화 체제를 구축하기 위해 공동으로 노력한다.',
    category: 'political',
    parties: ['US', 'DPRK'],
    fromDevelopments: [
      { development: 'hanoi-summit-2019', status: 'stalled' },
      { development: 'dmz-trump-kim-meeting-2019', status: 'in_progress' },
      { development: 'stockholm-talks-2019', status: 'stalled' },
      { development: 'singapore-anniversary-statement-2020', status: 'stalled' },
    ],
    updates: [],
  },
  {
    slug: 'dprk-complete-denuclearisation',
    articleRef: 'Point 3',
    title: 'The DPRK works toward complete denuclearisation, reaffirming the Panmunjom Declaration',
    titleKo: '판문점 선언 재확인과 북한의 한반도 완전한 비핵화 노력',
    text:
      'Reaffirming the Panmunjom Declaration of 27 April 2018, the DPRK commits to work toward complete ' +
      'denuclearisation of the Korean Peninsula.',
    textKo: '4.27 판문점 선언을 재확인하며, 북한은 한반도의 완전한 비핵화를 위해 노력한다.',
    category: 'denuclearization',
    parties: ['DPRK'],
    fromDevelopments: [
      { development: 'hanoi-summit-2019', status: 'stalled' },
      { development: 'stockholm-talks-2019', status: 'stalled' },
      { development: 'nuclear-forces-law-2022', status: 'abandoned' },
    ],
    updates: [],
  },
  {
    slug: 'pow-mia-remains',
    articleRef: 'Point 4',
    title: 'Recover POW/MIA remains, repatriating those already identified at once',
    titleKo: '이미 확인된 유해의 즉각 송환을 포함한 전쟁포로·실종자 유해 수습',
    text:
      'The United States and the DPRK commit to recovering the remains of prisoners of war and the missing in action, ' +
      'including the immediate repatriation of those already identified.',
    textKo:
      '미국과 북한은 이미 확인된 유해들의 조속한 송환을 포함하여 전쟁 포로 및 실종자 유해 수습을 위해 노력한다.',
    category: 'humanitarian',
    parties: ['US', 'DPRK'],
    fromDevelopments: [{ development: 'stockholm-talks-2019', status: 'stalled' }],
    updates: [
      {
        status: 'partial',
        effectiveOn: '2018-07-27',
        actors: ['DPRK', 'US'],
        summary:
          'A US military plane flew 55 cases of what were believed to be remains of US soldiers from Wonsan to Osan ' +
          'air base, in the South. Joint searches for the thousands still missing in the North did not resume.',
        summaryKo:
          '미군 수송기가 원산에서 미군 전사자의 것으로 추정되는 유해 55상자를 싣고 오산 공군기지로 돌아왔다. 북한에 남은 ' +
          '수천 명에 대한 공동 발굴은 재개되지 않았다.',
        sources: [
          {
            url: 'https://www.sentinelassam.com/news/north-korea-returns-remains-of-us-soldiers/',
            title: 'North Korea returns remains of US soldiers',
            publisher: 'IANS (in The Sentinel Assam)',
            publishedOn: '2018-07-27',
            kind: 'news',
          },
        ],
      },
      {
        status: 'stalled',
        effectiveOn: '2019-05-08',
        actors: ['US'],
        summary:
          'The Pentagon’s POW/MIA Accounting Agency suspended its efforts to arrange joint recovery operations for ' +
          '2019: the North had not been in contact since Hanoi. Four people had been identified from the 55 cases.',
        summaryKo:
          '미 국방부 전쟁포로·실종자확인국(DPAA)은 하노이 회담 이후 북측과 연락이 끊겨 2019년 공동 유해 발굴 추진을 ' +
          '중단한다고 밝혔다. 55상자에서 4명의 신원이 확인됐다.',
        sources: [
          {
            url: 'https://abcnews.go.com/Politics/pentagon-suspends-efforts-retrieve-remains-us-troops-north/story?id=62905801',
            title: 'Pentagon suspends efforts to retrieve remains of US troops from North Korea',
            publisher: 'ABC News',
            publishedOn: '2019-05-08',
            kind: 'news',
          },
        ],
      },
    ],
  },
];
