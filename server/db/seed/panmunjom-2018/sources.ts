import type { SeedSource } from '../seed-types.ts';

// Sources cited by more than one Panmunjom entry. Titles are the exact headlines of the pages opened;
// publishers the original ones (the host is named when only a copy could be opened).

export const XINHUA_HIGH_LEVEL_TALKS_2018_06_01: SeedSource = {
  url: 'http://xinhuanet.com/english/2018-06/01/c_137223511.htm',
  title: 'S.Korea, DPRK agree to hold military, Red Cross, sports talks in June',
  publisher: 'Xinhua',
  publishedOn: '2018-06-01',
  kind: 'news',
};

export const KH_GROUNDBREAKING_2018_12_26: SeedSource = {
  url: 'https://www.koreaherald.com/view.php?ud=20181226000161',
  title: 'Koreas kick off groundbreaking ceremony for railways and roads',
  publisher: 'The Korea Herald (Yonhap)',
  publishedOn: '2018-12-26',
  kind: 'news',
};

export const TASS_PYONGYANG_AIRPORT_2018_09_18: SeedSource = {
  url: 'http://tass.com/world/1022007',
  title: 'North Korean leader personally met President of South Korea at Pyongyang airport',
  publisher: 'TASS',
  publishedOn: '2018-09-18',
  kind: 'news',
};

export const EURASIA_REVIEW_NUCLEAR_LAW_2022_09_10: SeedSource = {
  url: 'https://www.eurasiareview.com/10092022-north-korea-kim-jong-un-vows-never-to-surrender-nuclear-arsenal/',
  title: 'North Korea: Kim Jong Un Vows Never To Surrender Nuclear Arsenal',
  publisher: 'Eurasia Review',
  publishedOn: '2022-09-10',
  kind: 'news',
};
