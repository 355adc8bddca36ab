import { fillTemplate } from '../../lib/i18n.ts';
import { getLocale } from '../../lib/locale-store.ts';

/**
 * The strings of a commitment's "Cite" and "Embed and follow" sections, in both languages. They load
 * with the sections' own chunk (cite-block.tsx), so the dashboard's first JavaScript does not grow. The
 * wording of the references themselves is in lib/citation.ts.
 */
const en = {
  heading: 'Cite this commitment',
  lead: 'A status changes as events unfold: cite the record as of a date, and say when you read it.',
  permalink: 'Permanent link, as of {date}',
  apa: 'APA (7th edition)',
  bibtex: 'BibTeX',
  copy: 'Copy',
  copied: 'Copied',
  selected: 'Selected',
  copiedNote: 'Copied to the clipboard.',
  selectedNote: 'Selected: press Ctrl+C (⌘C on a Mac) to copy.',

  shareHeading: 'Embed and follow',
  shareLead:
    'The card and the badge show where the commitment stands today, in English, and link to this page.',
  card: 'Status card for a web page (iframe)',
  badgeAlt: 'Badge: {title}, {status}',
  badgeMarkdown: 'Badge in Markdown',
  badgeHtml: 'Badge in HTML',
  feed: 'Atom feed',
  feedLink: 'Updates to this commitment, as an Atom feed',
  feedNote: 'Add the address to a feed reader to hear of every new or retracted update.',
};

export type CiteKey = keyof typeof en;

const ko: Record<CiteKey, string> = {
  heading: '이 합의 사항 인용하기',
  lead: '이행 상태는 상황에 따라 바뀝니다. 어느 날짜 기준의 기록인지와 언제 열람했는지를 함께 밝혀 인용하세요.',
  permalink: '{date} 기준 고유 주소',
  apa: 'APA (제7판)',
  bibtex: 'BibTeX',
  copy: '복사',
  copied: '복사됨',
  selected: '선택됨',
  copiedNote: '클립보드에 복사했습니다.',
  selectedNote: '선택했습니다. Ctrl+C(Mac에서는 ⌘C)를 눌러 복사하세요.',

  shareHeading: '퍼가기와 구독',
  shareLead: '카드와 배지는 이 합의 사항의 오늘 기준 이행 상태를 영어로 보여 주며, 이 페이지로 연결됩니다.',
  card: '웹페이지용 상태 카드 (iframe)',
  badgeAlt: '배지: {title}, {status}',
  badgeMarkdown: '배지 (Markdown)',
  badgeHtml: '배지 (HTML)',
  feed: 'Atom 피드',
  feedLink: '이 합의 사항의 업데이트 (Atom 피드)',
  feedNote: '이 주소를 피드 리더에 추가하면 새 업데이트와 철회 소식을 받아 볼 수 있습니다.',
};

/** The sections' string `key` in the reader's language, `{name}` placeholders filled. */
export function citeText(key: CiteKey, params: Record<string, string | number> = {}): string {
  return fillTemplate((getLocale() === 'ko' ? ko : en)[key], params);
}
