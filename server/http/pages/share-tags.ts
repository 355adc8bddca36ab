import type { PageLocale } from '../../../shared/contracts/page-render.ts';
import { escapeHtml } from '../../../shared/lib/escape-html.ts';

export interface ShareInput {
  /** The site's origin (PUBLIC_URL, else the request's). */
  origin: string;
  /** The page's path as requested (already percent-encoded). */
  path: string;
  locale: PageLocale;
  title: string;
  description: string;
  /** The status card's address on this site, when there is one. */
  image?: string;
}

const SITE = 'Accord Tracker';
const OG_LOCALE: Record<PageLocale, string> = { en: 'en_US', ko: 'ko_KR' };
const IMAGE_ALT: Record<PageLocale, string> = {
  en: 'Status card: the title and where it stands',
  ko: '이행 현황 카드: 제목과 현재 상태',
};

/** A page's address in a language: the language is in the query (?lang=), the rest of the query is not. */
export const pageUrlIn = (origin: string, path: string, locale: PageLocale | undefined) =>
  `${origin}${path}${locale ? `?lang=${locale}` : ''}`;

/**
 * The <head> tags for search engines and link previews (decision 066): the canonical address (the page in
 * its language, without filters or dates), its alternates in English and Korean and the negotiated one
 * (x-default), and Open Graph and Twitter card tags in the page's language with the status card.
 */
export function shareTags({ origin, path, locale, title, description, image }: ShareInput): string {
  const canonical = pageUrlIn(origin, path, locale);
  const tags: [string, string][] = [
    ['og:type', 'website'],
    ['og:site_name', SITE],
    ['og:title', title],
    ['og:description', description],
    ['og:url', canonical],
    ['og:locale', OG_LOCALE[locale]],
    ['og:locale:alternate', OG_LOCALE[locale === 'en' ? 'ko' : 'en']],
  ];
  if (image)
    tags.push(
      ['og:image', `${origin}${image}`],
      ['og:image:type', 'image/png'],
      ['og:image:width', '1200'],
      ['og:image:height', '630'],
      ['og:image:alt', IMAGE_ALT[locale]],
    );
  const twitter: [string, string][] = [
    ['twitter:card', image ? 'summary_large_image' : 'summary'],
    ['twitter:title', title],
    ['twitter:description', description],
  ];
  if (image) twitter.push(['twitter:image', `${origin}${image}`]);
  return [
    `<link rel="canonical" href="${escapeHtml(canonical)}" />`,
    ...(['en', 'ko'] as const).map(
      (lang) =>
        `<link rel="alternate" hreflang="${lang}" href="${escapeHtml(pageUrlIn(origin, path, lang))}" />`,
    ),
    `<link rel="alternate" hreflang="x-default" href="${escapeHtml(pageUrlIn(origin, path, undefined))}" />`,
    ...tags.map(([property, content]) => `<meta property="${property}" content="${escapeHtml(content)}" />`),
    ...twitter.map(([name, content]) => `<meta name="${name}" content="${escapeHtml(content)}" />`),
  ].join('');
}

/** The JSON-LD description of the data set on the home page: what it is and where to download it. */
export function datasetJsonLd(origin: string, locale: PageLocale, description: string): string {
  const dataset = {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: SITE,
    description,
    url: `${origin}/`,
    inLanguage: ['en', 'ko'],
    isAccessibleForFree: true,
    license: 'https://creativecommons.org/licenses/by/4.0/',
    creator: { '@type': 'Organization', name: SITE, url: `${origin}/` },
    distribution: [
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/json',
        contentUrl: `${origin}/api/v1/export.json`,
      },
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: `${origin}/api/v1/export.csv` },
      { '@type': 'DataDownload', encodingFormat: 'application/atom+xml', contentUrl: `${origin}/feed.atom` },
    ],
  };
  // A data block, not script: the CSP does not apply; "<" escaped so no text can close the element.
  const json = JSON.stringify(dataset).replace(/</g, '\\u003c');
  return `<script type="application/ld+json">${json}</script>`;
}
