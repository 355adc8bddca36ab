import { escapeAttribute } from '../../../shared/lib/escape-html.ts';
import { commitmentUrl } from './citation.ts';

/**
 * What a commitment offers other sites (docs/open-data.md, decision 014): its Atom feed, its status badge
 * and its embeddable card, by path, and the code to paste for the card and the badge. The card and the
 * badge are in English, so are the snippets' titles and alternative text.
 */

export const feedPath = (slug: string) => `/commitments/${encodeURIComponent(slug)}/feed.atom`;
export const badgePath = (slug: string) => `/badges/${encodeURIComponent(slug)}.svg`;
export const embedPath = (slug: string) => `/embed/commitments/${encodeURIComponent(slug)}`;

/** The card's size in the snippet: it fits the card's content without a scroll bar. */
export const EMBED_WIDTH = 520;
export const EMBED_HEIGHT = 240;

interface Shared {
  origin: string;
  slug: string;
  /** The commitment's English title (the card and the badge show it). */
  title: string;
}

/** What the frame or the image is, for those who cannot see it. */
const describe = (title: string) => `${title}: status on Accord Tracker`;

/** The <iframe> that shows the commitment's card on another site. */
export function iframeSnippet({ origin, slug, title }: Shared): string {
  return [
    '<iframe',
    `  src="${escapeAttribute(`${origin}${embedPath(slug)}`)}"`,
    `  width="${EMBED_WIDTH}"`,
    `  height="${EMBED_HEIGHT}"`,
    `  title="${escapeAttribute(describe(title))}"`,
    '  style="border:0"',
    '></iframe>',
  ].join('\n');
}

/** The badge as Markdown (a README), linking to the commitment's page. */
export function badgeMarkdown({ origin, slug, title }: Shared): string {
  const alt = describe(title).replace(/[\\[\]]/g, (char) => `\\${char}`);
  return `[![${alt}](${origin}${badgePath(slug)})](${commitmentUrl(origin, slug)})`;
}

/** The badge as HTML, linking to the commitment's page. */
export function badgeHtml({ origin, slug, title }: Shared): string {
  const img = `<img src="${escapeAttribute(`${origin}${badgePath(slug)}`)}" alt="${escapeAttribute(describe(title))}" height="20">`;
  return `<a href="${escapeAttribute(commitmentUrl(origin, slug))}">${img}</a>`;
}
