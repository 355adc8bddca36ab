import type { SeedDevelopmentEvent } from '../seed-types.ts';

/** Events of the US–DPRK track after Singapore that moved several of its points at once, oldest first. */
export const singaporeDevelopmentEvents: SeedDevelopmentEvent[] = [
  {
    key: 'dmz-trump-kim-meeting-2019',
    effectiveOn: '2019-06-30',
    actors: ['US', 'DPRK'],
    summary:
      'Trump and Kim Jong-un met at Panmunjom, four months after Hanoi; Trump stepped across the demarcation line ' +
      'into the North. They agreed to restart working-level talks within weeks.',
    summaryKo:
      '하노이 회담 4개월 만에 트럼프와 김정은이 판문점에서 만났고, 트럼프는 군사분계선을 넘어 북측 땅을 밟았다. 두 정상은 ' +
      '수 주 안에 실무협상을 재개하기로 했다.',
    sources: [
      {
        url: 'http://koreaherald.com/view.php?ud=20190630000236',
        title: 'Trump, Kim agree to resume nuclear talks at historic DMZ meeting',
        publisher: 'The Korea Herald',
        publishedOn: '2019-06-30',
        kind: 'news',
      },
    ],
  },
  {
    key: 'stockholm-talks-2019',
    effectiveOn: '2019-10-05',
    actors: ['DPRK', 'US'],
    standing: 'disputed',
    disputeNote:
      'The North’s negotiator said the talks broke off because the US came empty-handed; the State Department ' +
      'said they were good discussions on all four points of the Singapore statement and offered to meet again.',
    disputeNoteKo:
      '북측 대표는 미국이 빈손으로 와 협상이 결렬됐다고 했고, 미 국무부는 싱가포르 공동성명 네 개 항 모두에 대해 좋은 ' +
      '논의를 했다며 재협상을 제안했다.',
    summary:
      'The first working-level talks since Hanoi, in Stockholm, ended after one day without agreement; no further ' +
      'talks on the Singapore statement followed.',
    summaryKo:
      '하노이 이후 첫 북미 실무협상이 스톡홀름에서 열렸으나 하루 만에 합의 없이 끝났고, 이후 싱가포르 공동성명에 관한 ' +
      '협상은 더 열리지 않았다.',
    sources: [
      {
        url: 'https://www.straitstimes.com/world/united-states/us-north-korea-nuclear-talks-have-broken-off-says-north-korea-negotiator',
        title: 'US-North Korea nuclear talks have broken off, says North Korea negotiator',
        publisher: 'Reuters (in The Straits Times)',
        publishedOn: '2019-10-06',
        kind: 'news',
      },
      {
        url: 'https://www.thedailybeast.com/us-delegation-disputes-claims-that-nuclear-talks-with-north-korea-broke-down',
        title: 'U.S. Delegation Disputes Claims That Nuclear Talks With North Korea Broke Down',
        publisher: 'The Daily Beast',
        publishedOn: '2019-10-06',
        kind: 'news',
        contests: true,
      },
    ],
  },
  {
    key: 'singapore-anniversary-statement-2020',
    effectiveOn: '2020-06-12',
    actors: ['DPRK'],
    standing: 'claimed',
    summary:
      'On the second anniversary of Singapore, the North’s foreign minister Ri Son Gwon said hope for better ' +
      'relations had turned to despair, questioned keeping “holding hands shaken in Singapore” and said the North ' +
      'would build up its forces against US threats.',
    summaryKo:
      '싱가포르 회담 2주년에 북한 리선권 외무상은 관계 개선의 희망이 절망으로 바뀌었다며 싱가포르에서 맞잡은 손을 계속 ' +
      '잡고 있을 필요가 있는지 의문을 제기하고, 미국의 위협에 맞서 힘을 키우겠다고 밝혔다.',
    sources: [
      {
        url: 'https://gephardtdaily.com/national-international/on-summit-anniversary-north-korea-condemns-trumps-empty-promise/',
        title: 'On summit anniversary, North Korea condemns Trump’s ’empty promise’',
        publisher: 'UPI (in Gephardt Daily)',
        publishedOn: '2020-06-12',
        kind: 'news',
      },
    ],
  },
];
