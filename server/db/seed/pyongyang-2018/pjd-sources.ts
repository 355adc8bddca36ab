import type { SeedSource } from '../seed-types.ts';

// Sources cited by more than one Pyongyang Joint Declaration entry. Titles are the exact headlines of the pages
// opened; publishers the original ones.

export const KCNA_NUCLEAR_FORCES_LAW_2022_09_10: SeedSource = {
  url: 'https://kcnawatch.org/newstream/1662807874-170319007/law-of-the-supreme-people%e2%80%99s-assembly-of-the-dprk-%e2%80%98on-the-dprk%e2%80%99s-policy-on-nuclear-forces%e2%80%99',
  title: "Law of the Supreme People's Assembly of the DPRK 'On the DPRK's Policy on Nuclear Forces'",
  publisher: 'The Pyongyang Times',
  publishedOn: '2022-09-10',
  kind: 'official',
};

export const DONGA_CONSTITUTION_2023_10_03: SeedSource = {
  url: 'https://www.donga.com/en/article/all/20231003/4462564/1',
  title: 'N. Korea enshrines nuclear enhancement in constitution',
  publisher: 'The Dong-A Ilbo',
  publishedOn: '2023-10-03',
  kind: 'news',
};

export const REUTERS_CONSTITUTION_2023_09_28: SeedSource = {
  url: 'https://www.todayonline.com/world/north-korea-parliament-amends-constitution-enshrine-nuclear-policy-kcna-2269291',
  title: 'North Korea parliament amends constitution to enshrine nuclear policy -KCNA',
  publisher: 'Reuters (in TODAY)',
  publishedOn: '2023-09-28',
  kind: 'news',
};

// The ministry's own title for the 2018-10-15 release (sources.ts carries a paraphrase of it; the lead owns that file).
export const MOU_HIGH_LEVEL_TALKS_2018_10_15_RELEASE: SeedSource = {
  url: 'https://www.unikorea.go.kr/eng_unikorea/news/releases/?boardId=bbs_0000000000000034&mode=view&cntId=54195',
  title:
    'Joint Press Release of Inter-Korean High-Level Talks to carry out the 「Pyeongyang Joint Declaration of September 2018」',
  publisher: 'Ministry of Unification (ROK)',
  publishedOn: '2018-10-15',
  kind: 'official',
};
