import { fillTemplate } from '../../lib/i18n.ts';
import { getLocale } from '../../lib/locale-store.ts';

/** The /compare page's strings, in both languages: they load with the page's own chunk. */
const en = {
  title: 'The agreements side by side',
  description:
    'For each agreement, the share of its commitments implemented or partially implemented over time, with its peak and the days it fell.',
  eyebrow: 'Compare',
  lead: 'Which of the agreements held? Each line is the share of an agreement’s commitments that stood Implemented or Partially implemented on each day since it was signed.',
  back: 'Back to the dashboard',
  loading: 'Loading the comparison…',
  error: 'The comparison could not be loaded.',
  chartTitle: 'Share of commitments implemented or partially implemented',
  chartNote: 'The same figures are in the table below.',
  legend: 'Agreements',
  peakMark: 'Peak',
  fallMark: 'Fell',
  now: '{percent}% now ({done} of {total})',
  peak: 'peak {percent}% on {date}',
  neverRose: 'none implemented or partially implemented yet',
  falls: 'fell on {dates}',
  tableHeading: 'The same, as a table',
  tableCaption: 'Each day the share changed, per agreement',
  colAgreement: 'Agreement',
  colDate: 'From',
  colDone: 'Implemented or partially',
  colShare: 'Share',
  colTurning: 'Turning point',
  download: 'Download the series (CSV)',
  method: 'How progress is counted',
  markPeak: 'peak',
  markFall: 'fell from {from}%',
  empty: 'No agreements are tracked yet.',
  pointTitle: '{title}: {percent}% from {date}',
};

const ko: Record<keyof typeof en, string> = {
  title: '합의별 이행 추이 비교',
  description:
    '합의마다 합의 사항 가운데 이행 완료 또는 부분 이행 상태인 비율이 시간에 따라 어떻게 바뀌었는지, 최고점과 하락한 날짜와 함께 보여 줍니다.',
  eyebrow: '비교',
  lead: '어느 합의가 지켜졌을까요? 각 선은 합의 서명일 이후 날마다 그 합의의 합의 사항 가운데 이행 완료 또는 부분 이행 상태였던 비율입니다.',
  back: '현황판으로 돌아가기',
  loading: '비교 자료를 불러오는 중…',
  error: '비교 자료를 불러오지 못했습니다.',
  chartTitle: '이행 완료 또는 부분 이행 상태인 합의 사항의 비율',
  chartNote: '같은 수치를 아래 표에서도 볼 수 있습니다.',
  legend: '합의',
  peakMark: '최고점',
  fallMark: '하락',
  now: '현재 {percent}% ({total}건 중 {done}건)',
  peak: '최고 {percent}% ({date})',
  neverRose: '아직 이행 완료 또는 부분 이행된 합의 사항 없음',
  falls: '하락: {dates}',
  tableHeading: '같은 내용을 표로 보기',
  tableCaption: '합의별로 비율이 바뀐 날',
  colAgreement: '합의',
  colDate: '시작일',
  colDone: '이행 완료 또는 부분 이행',
  colShare: '비율',
  colTurning: '전환점',
  download: '시계열 내려받기 (CSV)',
  method: '이행률을 세는 방법',
  markPeak: '최고점',
  markFall: '{from}%에서 하락',
  empty: '아직 추적 중인 합의가 없습니다.',
  pointTitle: '{title}: {date}부터 {percent}%',
};

export type CompareKey = keyof typeof en;

/** The compare page's string `key` in the reader's language, `{name}` placeholders filled. */
export function ct(key: CompareKey, params: Record<string, string | number> = {}): string {
  return fillTemplate((getLocale() === 'ko' ? ko : en)[key], params);
}
