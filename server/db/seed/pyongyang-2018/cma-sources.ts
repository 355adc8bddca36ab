import type { SeedSource } from '../seed-types.ts';

// Sources cited by more than one CMA commitment. Titles are the headlines as shown on the opened page;
// publishers are the original ones (the host is named when only a copy could be opened).

export const YONHAP_LINES_UNANSWERED_2023_04_07: SeedSource = {
  url: 'https://en.yna.co.kr/view/AEN20230407006352325',
  title: '(2nd LD) N. Korea unresponsive to regular contact via inter-Korean liaison line, military hotline',
  publisher: 'Yonhap News Agency',
  publishedOn: '2023-04-07',
  kind: 'news',
};

export const YONHAP_LINES_7TH_DAY_2023_04_13: SeedSource = {
  url: 'https://en.yna.co.kr/view/AEN20230413002200325',
  title: 'N. Korea unresponsive to regular contact via inter-Korean liaison line for 7th day',
  publisher: 'Yonhap News Agency',
  publishedOn: '2023-04-13',
  kind: 'news',
};

export const HANI_GP_REBUILT_2023_11_28: SeedSource = {
  url: 'https://www.hani.co.kr/arti/english_edition/e_northkorea/1118211.html',
  title: 'N. Korea rebuilds, rearms guard posts along DMZ 5 years after demolishing them',
  publisher: 'The Hankyoreh',
  publishedOn: '2023-11-28',
  kind: 'news',
};

export const MND_WHITE_PAPER_2018_P297: SeedSource = {
  url: 'https://mnd.go.kr/mnd_book/DefenseWhitePaper/2018/final(eng)/files/basic-html/page297.html',
  title: 'Page 297 - 2018 Defense White Paper',
  publisher: 'Ministry of National Defense (ROK)',
  kind: 'official',
};

export const AFP_EXCAVATION_ALONE_2019_04_01: SeedSource = {
  url: 'https://www.japantimes.co.jp/news/2019/04/01/asia-pacific/south-korea-begins-excavation-war-remains-along-dmz-without-previously-agreed-help-north/',
  title: 'South Korea begins excavation of war remains along DMZ without previously agreed help from North',
  publisher: 'AFP (in The Japan Times)',
  publishedOn: '2019-04-01',
  kind: 'news',
};
