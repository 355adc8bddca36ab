// How the tracked 2018 agreements, and some of their commitments, relate to one another: plain data for the
// relation tables (built elsewhere). Read "agreementSlug <type> relatedAgreementSlug": X implements Y, X builds
// on Y, X is conditioned by Y (`conditions`). Commitment relations read "commitmentSlug repeats / carries out
// relatedCommitmentSlug", always from the later text to the earlier one. See docs/decisions/080.

export type AgreementRelationType = 'implements' | 'builds_on' | 'conditions';

export interface AgreementRelationSeed {
  agreementSlug: string;
  type: AgreementRelationType;
  relatedAgreementSlug: string;
  note: string;
  noteKo: string;
}

export interface CommitmentRelationSeed {
  commitmentSlug: string;
  relatedCommitmentSlug: string;
  kind: 'repeats' | 'carries_out';
  note: string;
  noteKo: string;
}

const PANMUNJOM = 'panmunjom-declaration-2018';
const SINGAPORE = 'singapore-joint-statement-2018';
const PYONGYANG = 'pyongyang-joint-declaration-2018';
const CMA = 'comprehensive-military-agreement-2018';

export const AGREEMENT_RELATIONS_2018: readonly AgreementRelationSeed[] = [
  {
    agreementSlug: CMA,
    type: 'implements',
    relatedAgreementSlug: PANMUNJOM,
    note: 'Its full name is the Agreement on the Implementation of the Historic Panmunjom Declaration in the Military Domain.',
    noteKo: '정식 명칭이 「역사적인 판문점선언 이행을 위한 군사분야 합의서」이다.',
  },
  {
    agreementSlug: PYONGYANG,
    type: 'builds_on',
    relatedAgreementSlug: PANMUNJOM,
    note: 'The Pyongyang declaration sets out to carry the Panmunjom Declaration further, clause by clause.',
    noteKo: '평양공동선언은 판문점선언을 철저히 이행해 남북관계를 한 단계 더 진전시키기 위한 합의다.',
  },
  {
    agreementSlug: PYONGYANG,
    type: 'conditions',
    relatedAgreementSlug: SINGAPORE,
    note: 'Its offer to dismantle Yongbyon depends on US corresponding measures in the spirit of the Singapore statement.',
    noteKo:
      '영변 핵시설 영구 폐기 용의는 미국이 6·12 싱가포르 공동성명의 정신에 따라 상응조치를 취하는 것을 조건으로 한다.',
  },
  {
    agreementSlug: SINGAPORE,
    type: 'builds_on',
    relatedAgreementSlug: PANMUNJOM,
    note: 'Its third point reaffirms the Panmunjom Declaration of 27 April 2018.',
    noteKo: '제3항이 2018년 4월 27일 판문점 선언을 재확인한다.',
  },
];

const carriesOut = (commitmentSlug: string, relatedCommitmentSlug: string, note: string, noteKo: string) =>
  ({ commitmentSlug, relatedCommitmentSlug, kind: 'carries_out', note, noteKo }) as const;
const repeats = (commitmentSlug: string, relatedCommitmentSlug: string, note: string, noteKo: string) =>
  ({ commitmentSlug, relatedCommitmentSlug, kind: 'repeats', note, noteKo }) as const;

export const COMMITMENT_RELATIONS_2018: readonly CommitmentRelationSeed[] = [
  carriesOut(
    'rail-road-links',
    'pmj-rail-road-modernisation',
    'Sets the groundbreaking for the Panmunjom rail and road links within 2018.',
    '판문점선언의 철도·도로 연결을 위해 연내 착공식을 정했다.',
  ),
  carriesOut(
    'kumgang-family-facility',
    'separated-families-august-2018',
    'A permanent reunion facility for the separated families Panmunjom 1(5) names.',
    '판문점선언 1조 5항의 이산가족 문제를 위한 상설 면회소다.',
  ),
  carriesOut(
    'video-reunions',
    'separated-families-august-2018',
    'Video reunions and letters, settled through the Red Cross talks Panmunjom 1(5) called for.',
    '판문점선언 1조 5항이 말한 적십자회담을 통한 화상상봉과 영상편지 교환이다.',
  ),
  repeats(
    'cultural-exchanges',
    'pmj-exchanges-joint-events',
    'Again promises exchanges and cooperation in many fields.',
    '여러 분야의 교류와 협력을 다시 약속했다.',
  ),
  repeats(
    'joint-anniversaries',
    'pmj-exchanges-joint-events',
    'Joint events on dates meaningful to both sides, as Panmunjom 1(4) promised.',
    '판문점선언 1조 4항처럼 뜻깊은 날의 공동행사를 약속했다.',
  ),
  repeats(
    'olympics-2020-joint-teams',
    'asian-games-2018-joint-participation',
    'Joint participation in international competitions, now the 2020 Olympics.',
    '국제경기 공동 진출을 2020년 올림픽으로 이어 약속했다.',
  ),
  carriesOut(
    'joint-military-committee',
    'military-talks-guarantees',
    'A standing military body for the frequent military talks Panmunjom 2(3) called for.',
    '판문점선언 2조 3항의 군사당국자회담을 상설 기구로 만든다.',
  ),
  carriesOut(
    'mdl-drill-ban-buffer-zones',
    'loudspeakers-leaflets-halt',
    'Stops hostile acts on land and at sea along the line, as Panmunjom 2(1) promised.',
    '판문점선언 2조 1항의 지상·해상 적대행위 중지를 구체화했다.',
  ),
  carriesOut(
    'no-fly-zones',
    'loudspeakers-leaflets-halt',
    'Stops hostile acts in the air along the line, as Panmunjom 2(1) promised.',
    '판문점선언 2조 1항의 공중 적대행위 중지를 구체화했다.',
  ),
  carriesOut(
    'gp-withdrawal',
    'loudspeakers-leaflets-halt',
    'A first step in turning the DMZ into the peace zone Panmunjom 2(1) promised.',
    '판문점선언 2조 1항의 비무장지대 평화지대화를 위한 첫 조치다.',
  ),
  carriesOut(
    'jsa-demilitarisation',
    'loudspeakers-leaflets-halt',
    'Disarms the Joint Security Area, part of making the DMZ a peace zone.',
    '비무장지대 평화지대화의 일부로 공동경비구역을 비무장화한다.',
  ),
  carriesOut(
    'west-sea-peace-zone',
    'pmj-west-sea-peace-zone',
    'Sets out the West Sea peace zone Panmunjom 2(2) promised.',
    '판문점선언 2조 2항의 서해 평화수역을 구체화했다.',
  ),
  carriesOut(
    'west-sea-clash-prevention',
    'pmj-west-sea-peace-zone',
    'Measures against accidental clashes at sea, as Panmunjom 2(2) asked.',
    '판문점선언 2조 2항이 요구한 해상 우발충돌 방지 대책이다.',
  ),
  carriesOut(
    'passage-communication-customs',
    'military-talks-guarantees',
    'Military guarantees for crossings, as Panmunjom 2(3) promised for growing exchanges.',
    '판문점선언 2조 3항의 교류 활성화에 따른 군사적 보장이다.',
  ),
  carriesOut(
    'military-hotlines',
    'military-talks-guarantees',
    'Direct lines between the militaries, to settle military issues without delay.',
    '군사 문제를 지체 없이 협의하기 위한 군사당국 간 직통전화다.',
  ),
  repeats(
    'denuclearisation-cooperation',
    'complete-denuclearisation-goal',
    'Again commits both sides to work together for complete denuclearisation.',
    '완전한 비핵화를 위해 협력하겠다는 약속을 되풀이했다.',
  ),
  repeats(
    'dprk-complete-denuclearisation',
    'complete-denuclearisation-goal',
    'Reaffirms the Panmunjom Declaration and its goal of complete denuclearisation.',
    '판문점선언과 완전한 비핵화 목표를 재확인했다.',
  ),
  carriesOut(
    'kim-seoul-visit',
    'regular-summits-hotline',
    'The next summit, in Seoul, under the regular summits Panmunjom promised.',
    '판문점선언의 정상회담 정례화에 따른 다음 회담(서울)이다.',
  ),
];
