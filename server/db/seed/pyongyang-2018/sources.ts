import type { SeedSource } from '../seed-types.ts';

// Sources cited by more than one entry. Titles are the exact headlines; publishers the original ones.
// Sources cited by more than one update.
export const AL_JAZEERA_2018_11_01: SeedSource = {
  url: 'https://www.aljazeera.com/news/2018/11/1/no-fly-zone-military-drill-ban-near-korea-border-take-effect',
  title: 'No-fly zone, military-drill ban near Korea border take effect',
  publisher: 'Al Jazeera',
  publishedOn: '2018-11-01',
  kind: 'news',
};
export const MOU_HIGH_LEVEL_TALKS_2018_10_15: SeedSource = {
  url: 'https://www.unikorea.go.kr/eng_unikorea/news/releases/?boardId=bbs_0000000000000034&mode=view&cntId=54195',
  title:
    'Joint press release of the inter-Korean high-level talks to carry out the Pyongyang Joint Declaration',
  publisher: 'Ministry of Unification (ROK)',
  publishedOn: '2018-10-15',
  kind: 'official',
};
export const KH_RESTORATION_2026_02_18: SeedSource = {
  url: 'https://www.koreaherald.com/article/10677864',
  title: 'Unification minister says Seoul will pre-emptively seek to restore the 2018 military agreement',
  publisher: 'The Korea Herald',
  kind: 'news',
};
export const JOONGANG_NO_FLY_2026_02_19: SeedSource = {
  url: 'https://koreajoongangdaily.joins.com/news/2026-02-19/national/defense/Defense-Ministry-assures-no-gap-in-military-readiness-if-nofly-zones-near-North-return/2526746',
  title: 'Defense Ministry assures no gap in military readiness if no-fly zones near North return',
  publisher: 'Korea JoongAng Daily',
  publishedOn: '2026-02-19',
  kind: 'news',
};
export const JOONGANG_PHASED_2025_08_18: SeedSource = {
  url: 'https://koreajoongangdaily.joins.com/news/2025-08-18/national/northKorea/Lee-calls-for-phased-steps-to-implement-existing-interKorean-pacts-to-restore-ties-with-North/2377867',
  title: 'Lee calls for phased steps to implement existing inter-Korean pacts to restore ties with North',
  publisher: 'Korea JoongAng Daily',
  publishedOn: '2025-08-18',
  kind: 'news',
};
export const DONGA_ROADS_2024_10_16: SeedSource = {
  url: 'https://www.donga.com/en/article/all/20241016/5228590/1',
  title: 'North Korea blows up sections of inter-Korean roads after blocking rail links',
  publisher: 'The Dong-A Ilbo',
  publishedOn: '2024-10-16',
  kind: 'news',
};
export const KH_IOC_2019_02_15: SeedSource = {
  url: 'https://www.koreaherald.com/view.php?ud=20190215000667',
  title: 'IOC President Bach welcomes joint Korean bid for 2032 Olympics',
  publisher: 'The Korea Herald (Yonhap)',
  publishedOn: '2019-02-15',
  kind: 'news',
};
