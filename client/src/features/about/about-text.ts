import type { StatusKey } from '../../../../shared/domain/status.ts';
import { fillTemplate } from '../../lib/i18n.ts';
import { getLocale } from '../../lib/locale-store.ts';

/**
 * The methodology page's prose, in both languages. It lives with the page (a chunk of its own), not in the
 * interface dictionaries every page loads. The Korean must have every key of the English.
 */
const en = {
  title: 'Methodology',
  description:
    'What Accord Tracker covers, what each status means, how a status is assigned and changed, the sources policy, how to cite the tracker and the licence of its data.',
  toc: 'On this page',
  lead: 'What the tracker covers, what each status means and how it is decided, where the information comes from, and how to cite and reuse it.',
  lastUpdate: 'Latest update in the data: {date}',
  lastUpdateNone: 'No update has been recorded yet.',
  loading: 'Loading the current figures…',
  loadFailed: 'The current figures could not be loaded. The rest of this page does not depend on them.',

  coverageHeading: 'What the tracker covers',
  coverageBody:
    'Accord Tracker follows the commitments of the agreements below, clause by clause. Each agreement is divided into commitments, one promise each, paraphrased from the official text, with the article it comes from, its field, the parties responsible for it and its deadline, if any.',
  coverageAgreement: 'signed {date} in {place}; {count} commitments tracked',
  coveragePeriod:
    'The record runs from the signing on {start} to the latest recorded event, on {end}, and is kept up to date as events unfold.',
  coveragePeriodOpen: 'The record starts at the signing on {start}.',
  coverageLimits:
    'The tracker records what has been done, as public sources report it. It does not judge intentions or predict what will happen, and it follows only what the agreements themselves promised.',

  statusesHeading: 'The seven statuses',
  statusesLead:
    'At any date, every commitment has exactly one of these statuses. Each is shown by its label, colour and shape together, so that none depends on colour alone.',
  'note.not_started':
    'Nothing has been done, or nothing has been reported. A commitment with no recorded update counts as Not started.',
  'note.in_progress':
    'First concrete steps have been taken (talks to carry it out, a plan agreed, preparatory work begun) but little of the commitment itself is done yet.',
  'note.partial':
    'A substantial part of what was promised has been done, but not all of it, or not everywhere it was promised.',
  'note.implemented':
    'What the clause promised has been fully carried out. If it is later undone, the commitment becomes Reversed.',
  'note.stalled': 'Steps were taken earlier, but nothing has moved for a long time. Nothing has been undone.',
  'note.reversed':
    'What had been done has been undone: dismantled, withdrawn, suspended or rebuilt. A reversal can itself be followed by a restoration.',
  'note.abandoned':
    'A party has dropped the commitment, or it can no longer be carried out (for example, the event it was tied to has passed).',

  rulesHeading: 'How a status is assigned and changed',
  rulesUpdates:
    'A status changes only through a dated update. An analyst records what happened, the date it happened (not the date it was written up), the status it leads to, a short summary and at least one source. Each update is published under the analyst’s name.',
  rulesLatest:
    'A commitment’s status is that of its latest update by the date of the event; of two updates on the same day, the one recorded later counts. A commitment with no update is Not started. An update recorded late, about an earlier event, takes its place in the history at that date: it does not override later events.',
  rulesRetraction:
    'Mistakes are corrected by retraction, never by deletion. A retracted update stays on the commitment’s page, struck through, with who retracted it, when and why, and the status is worked out again without it. Changes to a commitment’s wording are kept in an audit log.',
  rulesTimeTravel:
    'The dashboard can show the picture as it stood on any past date (“Show the status as of”): the same rule, applied only to the updates dated up to that day. Such a view has its own address (/?asOf=YYYY-MM-DD), so it can be shared and quoted. It reflects the record as it stands today, later corrections included.',

  progressHeading: 'The progress figure',
  progressDefinition:
    'Progress = (Implemented + Partially implemented) / all tracked commitments, at the date shown.',
  progressBody:
    'It counts the commitments whose status on that date is Implemented or Partially implemented, and divides by the number of commitments tracked; the share is given as a whole percentage, rounded to the nearest. A commitment that was implemented and has since been reversed does not count. The figure is a summary for orientation; the statuses and their sources are the evidence.',
  progressNow: 'Today: {count} of {total} commitments, {percent}%.',

  sourcesHeading: 'Sources',
  sourcesCite:
    'Every update cites at least one public source that readers can open and check, with its title, its publisher and its date.',
  sourcesPrimary:
    'Primary and official sources come first: the texts of the agreements, statements by governments and ministries, official records. Reports by established news organisations cover what official sources do not; analyses and secondary reports are used only where nothing better exists, and are labelled as such.',
  sourcesUnconfirmed:
    'What cannot be confirmed is not presented as fact: the summary says “(unconfirmed)” (in Korean, “(미확인)”) beside the point in question, or the item is left out.',
  sourcesLanguage:
    'Summaries are written in the tracker’s own words. Korean readers see the Korean summary where one has been written; otherwise the English one, marked “영문”.',

  citeHeading: 'How to cite the tracker',
  citeBody:
    'Cite the page you rely on by its permanent link, with the date you read it: statuses change as events unfold. A commitment keeps its address, /commitments/ followed by its short name, for good. To cite the picture on a past date, use the dashboard’s link with that date (?asOf=). Each commitment’s page ends with its link pinned to a date and ready-made references (APA and BibTeX), under “Cite this commitment”.',
  citeTemplateLabel: 'Suggested citation',
  citePattern: 'Accord Tracker, “Title of the page”, permanent link, accessed day month year',
  citeExampleLabel: 'For example',

  dataHeading: 'Open data and licence',
  dataLicence:
    'The data (commitments, statuses, update summaries and source references) is published under the Creative Commons Attribution 4.0 International licence, CC BY 4.0: you may copy, share and adapt it for any purpose, crediting “Accord Tracker” with a link. The sources it cites remain under their publishers’ own terms. The code is licensed as stated in its repository.',
  dataLicenceLink: 'The licence: Creative Commons Attribution 4.0 International (CC BY 4.0)',
  dataLinksLead: 'Everything on the dashboard can be downloaded or followed:',
  dataApiDocs: 'API documentation',
  dataCsv: 'Every update, as CSV',
  dataJson: 'The complete dataset, as JSON',
  dataFeed: 'Atom feed of the latest updates',

  // --- The evidence model (issue 9): standing, date precision, deadlines, checks, developments, sources.
  reversedNoBlame:
    '“Reversed” says what happened to the commitment, not who is to blame for it. Who acted is stated on each update, by name.',
  evidenceHeading: 'How sure, how precise, how recent',
  evidenceLead:
    'Each update says how settled it is, how precisely its date is known and who acted; each commitment says how far its record has been checked.',
  standingTerm: 'Standing',
  standingBody:
    'Confirmed: observed, or on the public record; shown without a mark. Claimed: one party’s statement that others have not confirmed, shown as “Claimed by” that party. Disputed: contested, with a note saying by whom and why; the sources that contest it are marked “Contests this”.',
  precisionTerm: 'Date precision',
  precisionBody:
    'Where only the month or the year of an event is known, the date is shown as such (“March 2019”, “2019”), never as an exact day. For ordering and for the status on a date, such an event counts from the first day of its month or year.',
  deadlineTerm: 'Deadlines met and missed',
  deadlineBody:
    'A deadline is met on the day of the update, or the analyst’s dated record, showing it was done: “Deadline met” with that date, or “Met late, on” a later date. It is missed once the deadline has passed with nothing showing it met; before that it is due. Whether a deadline was met is separate from the overall status: a milestone can be met and the commitment later reversed. All of this is judged as of the date the page shows.',
  checkedTerm: 'Checked through',
  checkedBody:
    'A commitment is checked through the latest day an analyst recorded an update for it or reviewed it and found no change. “Record checked through” on the dashboard is the earliest of these days: every commitment has been checked at least up to then. Reviews are listed on the commitment’s page with their date, note and author.',
  developmentTerm: 'Developments',
  developmentBody:
    'One event can move several commitments at once (a summit that failed, a repudiation of a whole agreement). It is recorded once, as a development, with one update per commitment it affected; each of those updates links to the others (“Part of … which also affected …”).',
  sourceKindsTerm: 'Kinds of source',
  sourceKindsBody:
    'Each source is labelled by its kind: Official (texts of the agreements, government and ministry statements, official records), News (reports by news organisations), Analysis (research and commentary) or Other.',
  recordedTerm: 'When an update was recorded',
  recordedBody:
    'Every update shows both when the event happened and when it was recorded in the tracker, so late additions can be told apart.',

  // --- Corrections (issue 10): what the December 2026 review changed.
  correctionsHeading: 'Corrections',
  correctionsLead:
    'In December 2026 an independent review checked the whole record against the agreements’ texts and the press. These are the changes it led to:',
  correctionDeadlines:
    'Deadlines that were met on time (the rail and road groundbreaking, the JSA disarmament, the Han estuary survey, the guard-post withdrawal, the drill ban and the no-fly zones) now show as met, with their dates, instead of missed.',
  correctionTurningPoints:
    'Commitments that stood “in progress” for years now move at the dated turning points: the Hanoi summit without agreement (28 Feb 2019), the cut communication lines (9 Jun 2020), the destroyed liaison office (16 Jun 2020), the North’s repudiation of the military agreement (23 Nov 2023), the “two hostile states” speech (30 Dec 2023) and the abolition of the North’s cooperation bodies (15 Jan 2024).',
  correctionBothSides:
    'The South’s actions are recorded as well as the North’s, each with who acted and what triggered it; what a court has not ruled on is called alleged.',
  correctionDisputed:
    'Contested claims are marked as disputed, with who disputes them and why: the 2018 guard-post verification, the reasons for the Hanoi failure, the West Sea baseline.',
  correctionDates:
    'Dates known only to the month are shown as months; exact days were added where a source gives them.',
  correctionClauses:
    'Seven clauses that were not tracked were added: cultural exchanges, cooperation towards denuclearisation, warning procedures, historic sites in the DMZ, the West Sea clash-prevention agreement, passage and customs, and military hotlines.',
  correctionKorean:
    'Every update has a Korean summary; commitments have Korean titles, and Korean clause texts where an official or published text could be checked.',
  correctionSources:
    'Sources now carry their exact headlines and original publishers; document mirrors and aggregators were replaced where an original could be opened.',
  correctionsHow:
    'Nothing was rewritten in silence: each superseded entry stays in its commitment’s history, retracted with the reason “corrected in the December 2026 review”, beside the corrected entry.',
};

export type AboutKey = keyof typeof en;

const ko: Record<AboutKey, string> = {
  title: '방법론',
  description:
    'Accord Tracker의 추적 범위, 각 이행 상태의 뜻, 상태를 정하고 바꾸는 방법, 출처 원칙, 인용 방법과 데이터 라이선스.',
  toc: '이 페이지의 내용',
  lead: '트래커가 무엇을 다루는지, 각 상태가 무엇을 뜻하고 어떻게 정해지는지, 정보가 어디서 오는지, 그리고 어떻게 인용하고 재사용할 수 있는지 설명합니다.',
  lastUpdate: '데이터의 최근 업데이트: {date}',
  lastUpdateNone: '아직 기록된 업데이트가 없습니다.',
  loading: '현재 수치를 불러오는 중…',
  loadFailed: '현재 수치를 불러오지 못했습니다. 이 페이지의 나머지 내용은 수치와 관계없습니다.',

  coverageHeading: '추적 범위',
  coverageBody:
    'Accord Tracker는 아래 합의문의 약속을 조항별로 추적합니다. 각 합의문은 공식 문서를 풀어 쓴 합의 사항(약속 하나에 한 건)으로 나뉘며, 각 사항에는 근거 조항, 분야, 이행 주체, 기한(있는 경우)이 붙습니다.',
  coverageAgreement: '서명 {date}, {place}. 합의 사항 {count}건 추적',
  coveragePeriod:
    '기록은 {start} 서명일부터 가장 최근에 기록된 사건이 있었던 {end}까지이며, 새로운 일이 생기면 계속 갱신합니다.',
  coveragePeriodOpen: '기록은 {start} 서명일부터 시작합니다.',
  coverageLimits:
    '트래커는 공개된 출처가 보도한 실제 조치를 기록합니다. 의도를 평가하거나 앞으로의 일을 예측하지 않으며, 합의문 자체가 약속한 내용만 추적합니다.',

  statusesHeading: '일곱 가지 이행 상태',
  statusesLead:
    '모든 합의 사항은 어느 날짜에나 아래 상태 가운데 정확히 하나에 해당합니다. 상태는 이름, 색, 모양을 함께 써서 표시하므로 색만으로 구분하지 않아도 됩니다.',
  'note.not_started':
    '아무 조치도 이뤄지지 않았거나 보도된 바가 없습니다. 업데이트가 하나도 기록되지 않은 합의 사항은 미착수로 분류합니다.',
  'note.in_progress':
    '이행을 위한 협의 개시, 계획 합의, 준비 작업 착수 같은 구체적인 첫 조치가 있었지만, 약속 자체는 아직 거의 이뤄지지 않았습니다.',
  'note.partial':
    '약속한 내용의 상당 부분이 이뤄졌지만 전부는 아니거나, 약속한 범위 전체에서 이뤄지지는 않았습니다.',
  'note.implemented': '조항이 약속한 내용이 완전히 이행되었습니다. 나중에 되돌려지면 역행으로 바뀝니다.',
  'note.stalled': '이전에 조치가 있었으나 오랫동안 움직임이 없습니다. 되돌려진 것은 없습니다.',
  'note.reversed':
    '이뤄졌던 것이 해체, 철수, 효력 정지, 재건 등으로 되돌려졌습니다. 역행 뒤에 다시 복원이 이어질 수도 있습니다.',
  'note.abandoned':
    '한쪽 당사자가 약속을 거둬들였거나, 연계된 행사가 이미 지나가는 등 더는 이행할 수 없게 되었습니다.',

  rulesHeading: '상태를 정하고 바꾸는 방법',
  rulesUpdates:
    '상태는 날짜가 있는 업데이트로만 바뀝니다. 분석가는 무슨 일이 있었는지, 그 일이 일어난 날짜(기록한 날짜가 아닌), 그에 따른 상태, 짧은 요약, 그리고 하나 이상의 출처를 기록합니다. 업데이트는 작성한 분석가의 이름으로 게시됩니다.',
  rulesLatest:
    '합의 사항의 상태는 사건 날짜 기준으로 가장 최근인 업데이트의 상태입니다. 같은 날짜의 업데이트가 둘 이상이면 나중에 기록된 것을 따릅니다. 업데이트가 없는 합의 사항은 미착수입니다. 이전 사건을 뒤늦게 기록한 업데이트는 그 사건 날짜에 맞춰 이력에 들어가며, 그 뒤의 사건을 덮어쓰지 않습니다.',
  rulesRetraction:
    '잘못은 삭제가 아니라 철회로 바로잡습니다. 철회된 업데이트는 합의 사항 페이지에 취소선과 함께 남고, 누가 언제 왜 철회했는지 표시되며, 상태는 그 업데이트를 빼고 다시 계산됩니다. 합의 사항 문구의 수정은 감사 기록에 남습니다.',
  rulesTimeTravel:
    '현황판에서는 과거 어느 날짜를 기준으로도 당시의 현황을 볼 수 있습니다(“이 날짜 기준으로 상태 보기”). 같은 규칙을 그날까지의 업데이트에만 적용한 결과입니다. 이 화면에는 고유한 주소(/?asOf=YYYY-MM-DD)가 있어 공유하고 인용할 수 있습니다. 다만 이후의 정정까지 반영한 현재의 기록을 기준으로 합니다.',

  progressHeading: '이행률',
  progressDefinition: '이행률 = (이행 완료 + 부분 이행) ÷ 추적 중인 전체 합의 사항, 표시된 날짜 기준',
  progressBody:
    '그 날짜에 상태가 이행 완료 또는 부분 이행인 합의 사항의 수를 추적 중인 전체 합의 사항의 수로 나눈 값이며, 소수점 첫째 자리에서 반올림한 정수 백분율로 나타냅니다. 한때 이행되었다가 역행한 합의 사항은 포함하지 않습니다. 이 수치는 흐름을 보기 위한 요약이며, 근거는 각 상태와 그 출처입니다.',
  progressNow: '오늘 기준: 전체 {total}건 가운데 {count}건, {percent}%.',

  sourcesHeading: '출처 원칙',
  sourcesCite:
    '모든 업데이트는 독자가 직접 열어 확인할 수 있는 공개 출처를 하나 이상 밝히며, 제목, 발행처, 발행일을 함께 적습니다.',
  sourcesPrimary:
    '1차 자료와 공식 자료를 우선합니다. 합의문 원문, 정부와 부처의 발표, 공식 기록이 여기에 해당합니다. 공식 자료가 다루지 않는 일은 신뢰할 만한 언론 보도로 기록하고, 분석이나 2차 보도는 더 나은 자료가 없을 때만 쓰며 그렇다고 밝힙니다.',
  sourcesUnconfirmed:
    '확인할 수 없는 내용은 사실로 제시하지 않습니다. 해당 부분 옆에 한국어 요약은 “(미확인)”, 영어 요약은 “(unconfirmed)”이라고 밝히거나, 기록하지 않습니다.',
  sourcesLanguage:
    '요약은 트래커가 직접 작성합니다. 한국어 요약이 있으면 한국어로 보여 주고, 없으면 영어 요약에 “영문” 표시를 붙여 보여 줍니다.',

  citeHeading: '인용 방법',
  citeBody:
    '근거로 삼은 페이지를 고유 주소와 열람한 날짜와 함께 인용하세요. 상태는 상황에 따라 바뀝니다. 각 합의 사항의 주소(/commitments/ 뒤에 짧은 이름)는 바뀌지 않습니다. 과거 어느 날짜의 현황을 인용하려면 그 날짜가 들어간 현황판 주소(?asOf=)를 쓰세요. 각 합의 사항 페이지 끝의 “이 합의 사항 인용하기”에는 날짜를 고정한 고유 주소와 바로 쓸 수 있는 인용 형식(APA, BibTeX)이 있습니다.',
  citeTemplateLabel: '권장 인용 형식',
  citePattern: 'Accord Tracker, 「페이지 제목」, 고유 주소, 열람한 날짜 접속',
  citeExampleLabel: '예시',

  dataHeading: '공개 데이터와 라이선스',
  dataLicence:
    '합의 사항, 이행 상태, 업데이트 요약, 출처 정보 등 데이터는 크리에이티브 커먼즈 저작자표시 4.0 국제 라이선스(CC BY 4.0)로 공개합니다. “Accord Tracker”와 링크를 밝히면 어떤 목적으로든 복제, 공유, 변경할 수 있습니다. 인용된 출처 자체는 각 발행처의 이용 조건을 따릅니다. 코드의 라이선스는 저장소에 적힌 대로입니다.',
  dataLicenceLink: '라이선스 전문: 크리에이티브 커먼즈 저작자표시 4.0 국제 (CC BY 4.0)',
  dataLinksLead: '현황판의 모든 내용은 내려받거나 구독할 수 있습니다:',
  dataApiDocs: 'API 문서',
  dataCsv: '모든 업데이트 (CSV)',
  dataJson: '전체 데이터 (JSON)',
  dataFeed: '최근 업데이트 Atom 피드',

  reversedNoBlame:
    '‘역행’은 합의 사항에 일어난 일을 가리킬 뿐, 어느 쪽의 책임인지 판단하는 말이 아닙니다. 누가 무엇을 했는지는 각 업데이트에 행위 주체로 밝힙니다.',
  evidenceHeading: '확실성, 날짜의 정밀도, 확인 시점',
  evidenceLead:
    '각 업데이트는 얼마나 확실한지, 날짜를 얼마나 정확히 아는지, 누가 한 일인지를 밝힙니다. 각 합의 사항은 기록을 언제까지 확인했는지 밝힙니다.',
  standingTerm: '확실성',
  standingBody:
    '확인됨: 직접 관찰되었거나 공식 기록에 있는 일로, 따로 표시하지 않습니다. 일방의 주장: 다른 쪽이 확인하지 않은 한 당사자의 발표로, “…의 주장”으로 표시합니다. 이견 있음: 반론이 있는 내용으로, 누가 왜 이의를 제기했는지 메모를 붙이고, 반론을 담은 출처에는 “반론 자료” 표시를 합니다.',
  precisionTerm: '날짜의 정밀도',
  precisionBody:
    '사건의 연월이나 연도만 알려진 경우 날짜를 그대로(“2019년 3월”, “2019년”) 표시하고, 특정한 날로 쓰지 않습니다. 정렬과 특정 날짜 기준 상태 계산에서는 그달 또는 그해의 첫날로 셉니다.',
  deadlineTerm: '기한 내 이행과 미이행',
  deadlineBody:
    '기한은 이행을 보여 주는 업데이트나 분석가의 날짜 있는 기록이 있는 날에 지켜진 것으로 봅니다. 그 날짜와 함께 “기한 내 이행”으로, 기한이 지난 뒤라면 “기한 후 이행”으로 표시합니다. 기한이 지나도록 이행을 보여 주는 기록이 없으면 “기한 내 미이행”, 기한 전이면 남은 기한을 표시합니다. 기한 준수 여부는 전체 이행 상태와 별개입니다. 어떤 단계가 기한 안에 이뤄졌더라도 합의 사항 전체는 나중에 역행할 수 있습니다. 모두 페이지가 보여 주는 날짜를 기준으로 판단합니다.',
  checkedTerm: '기록 확인 시점',
  checkedBody:
    '합의 사항의 기록 확인 시점은 분석가가 업데이트를 기록했거나, 검토한 결과 변동이 없음을 기록한 가장 최근 날짜입니다. 현황판의 “…까지의 기록 확인”은 이 날짜들 가운데 가장 이른 날로, 모든 합의 사항을 적어도 그날까지는 확인했다는 뜻입니다. 검토 기록은 날짜, 메모, 작성자와 함께 합의 사항 페이지에 나옵니다.',
  developmentTerm: '관련 사건',
  developmentBody:
    '하나의 사건이 여러 합의 사항을 한꺼번에 움직일 수 있습니다(결렬된 정상회담, 합의 전체의 파기 선언 등). 이런 사건은 한 번만 기록하고, 영향을 받은 합의 사항마다 업데이트를 하나씩 둡니다. 각 업데이트에는 함께 영향을 받은 다른 합의 사항으로 가는 링크가 붙습니다.',
  sourceKindsTerm: '출처의 종류',
  sourceKindsBody:
    '각 출처에는 종류를 표시합니다. 공식(합의문 원문, 정부와 부처의 발표, 공식 기록), 보도(언론 보도), 분석(연구와 논평), 기타.',
  recordedTerm: '기록한 날짜',
  recordedBody:
    '모든 업데이트는 사건이 일어난 날과 트래커에 기록한 날을 함께 보여 주므로, 뒤늦게 추가된 기록을 구별할 수 있습니다.',

  correctionsHeading: '정정 내역',
  correctionsLead:
    '2026년 12월 독립 검토에서 기록 전체를 합의문 원문과 보도에 비추어 점검했습니다. 그 결과 다음을 바로잡았습니다.',
  correctionDeadlines:
    '기한 안에 이행된 사항(철도·도로 착공식, 판문점 공동경비구역 비무장화, 한강 하구 공동조사, 감시초소 철수, 훈련 중지와 비행금지구역)을 기한 내 미이행이 아니라 이행 날짜와 함께 기한 내 이행으로 표시합니다.',
  correctionTurningPoints:
    '몇 년 동안 ‘진행 중’으로 남아 있던 사항이 날짜가 분명한 전환점에 따라 바뀝니다. 하노이 정상회담 결렬(2019년 2월 28일), 통신선 차단(2020년 6월 9일), 공동연락사무소 폭파(2020년 6월 16일), 북한의 군사합의 파기 선언(2023년 11월 23일), ‘적대적 두 국가’ 발언(2023년 12월 30일), 북한 대남·경협 기구 폐지(2024년 1월 15일)입니다.',
  correctionBothSides:
    '북측의 행동뿐 아니라 남측의 행동도 누가 했는지, 무엇이 계기였는지와 함께 기록합니다. 법원이 판단하지 않은 내용은 ‘의혹’으로 표시합니다.',
  correctionDisputed:
    '이견이 있는 주장은 누가 왜 이의를 제기하는지와 함께 ‘이견 있음’으로 표시합니다. 2018년 감시초소 검증, 하노이 결렬 이유, 서해 기준선이 그 예입니다.',
  correctionDates:
    '월까지만 알려진 날짜는 월로 표시하고, 출처가 정확한 날짜를 밝힌 경우 날짜를 보완했습니다.',
  correctionClauses:
    '추적하지 않던 조항 일곱 개를 추가했습니다. 문화예술 교류, 비핵화를 위한 협력, 우발 충돌 방지 경고 절차, 비무장지대 역사 유적 공동조사, 서해 충돌 방지 합의 복원, 통행·통신·통관 보장, 군사 직통전화입니다.',
  correctionKorean:
    '모든 업데이트에 한국어 요약을 달았고, 합의 사항에는 한국어 제목을, 공식 또는 공개된 원문을 확인할 수 있는 경우 한국어 조문을 붙였습니다.',
  correctionSources:
    '출처에는 원래 기사 제목과 원 발행처를 그대로 적고, 원문을 열어 볼 수 있는 경우 문서 공유 사이트나 재전재 사이트를 원 출처로 바꿨습니다.',
  correctionsHow:
    '아무것도 몰래 고치지 않았습니다. 바뀐 항목은 모두 해당 합의 사항의 기록에 “corrected in the December 2026 review”(2026년 12월 검토에서 정정)라는 사유와 함께 철회된 채 남아 있고, 정정된 항목이 그 옆에 있습니다.',
};

const texts = { en, ko };

/** The page's text in the interface language, with `{name}` placeholders filled from `params`. */
export function aboutText(key: AboutKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(texts[getLocale()][key], params);
}

export const statusNote = (status: StatusKey) => aboutText(`note.${status}`);

/** The licence deed in the reader's language. */
export const licenceUrl = () =>
  getLocale() === 'ko'
    ? 'https://creativecommons.org/licenses/by/4.0/deed.ko'
    : 'https://creativecommons.org/licenses/by/4.0/';
