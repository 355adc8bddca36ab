import { STATUS_KEYS, type StatusKey } from '../../../shared/domain/status.ts';
import { textColumns } from '../../../shared/lib/shorten-text.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The status colours of the web client's badges (client/src/components/ui/status colours), darker tone. */
const STATUS_COLOURS: Record<StatusKey, string> = {
  not_started: '#5c6166',
  in_progress: '#1f5aa6',
  partial: '#00676e',
  implemented: '#1c7432',
  stalled: '#8a5300',
  reversed: '#b02a1f',
  abandoned: '#6d3f8f',
};

export interface CardContent {
  /** Small line above the title: what the card is about (an agreement's name, "Status of commitments"). */
  kicker: string;
  title: string;
  /** The big status line: a commitment's status, or a count summary. */
  headline: string;
  headlineStatus?: StatusKey;
  /** How many commitments stand at each status (the bar); omitted on a commitment's card. */
  counts?: Partial<Record<StatusKey, number>>;
  statusLabel: (status: StatusKey) => string;
  footer: string;
}

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** Breaks text into at most `lines` lines of about `perLine` columns (a Korean syllable counts two), with an ellipsis. */
export function wrapText(text: string, perLine: number, lines: number): string[] {
  const width = textColumns;
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (width(next) <= perLine || !line) line = next;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1]!.replace(/[\s,.;:]+$/, '')}…`;
  return kept;
}

function statusBar(counts: Partial<Record<StatusKey, number>>, label: (s: StatusKey) => string): string {
  const total = STATUS_KEYS.reduce((n, key) => n + (counts[key] ?? 0), 0);
  if (total === 0) return '';
  const x0 = 80;
  const width = CARD_WIDTH - 160;
  let x = x0;
  const bars: string[] = [];
  const legend: string[] = [];
  let legendX = x0;
  for (const key of STATUS_KEYS) {
    const count = counts[key] ?? 0;
    if (count === 0) continue;
    const w = (count / total) * width;
    bars.push(
      `<rect x="${x.toFixed(1)}" y="430" width="${w.toFixed(1)}" height="36" fill="${STATUS_COLOURS[key]}"/>`,
    );
    x += w;
    const text = `${label(key)} ${count}`;
    legend.push(
      `<rect x="${legendX}" y="490" width="18" height="18" rx="3" fill="${STATUS_COLOURS[key]}"/>` +
        `<text x="${legendX + 26}" y="506" font-size="22" fill="#33373b">${escapeXml(text)}</text>`,
    );
    legendX += 26 + textColumns(text) * 12 + 40;
  }
  return bars.join('') + legend.join('');
}

/** The status card as SVG: a title, the status (or the counts as a bar) and the site's name. */
export function cardSvg(card: CardContent): string {
  const titleLines = wrapText(card.title, 36, 3);
  const title = titleLines
    .map(
      (line, i) =>
        `<text x="80" y="${190 + i * 62}" font-size="52" font-weight="bold" fill="#16191c">${escapeXml(line)}</text>`,
    )
    .join('');
  const headlineY = card.counts ? 400 : 470;
  const colour = card.headlineStatus ? STATUS_COLOURS[card.headlineStatus] : '#16191c';
  const headline = card.headlineStatus
    ? `<rect x="80" y="${headlineY - 50}" width="${CARD_WIDTH - 160}" height="72" rx="10" fill="${colour}"/>` +
      `<text x="110" y="${headlineY}" font-size="40" font-weight="bold" fill="#ffffff">${escapeXml(card.headline)}</text>`
    : `<text x="80" y="${headlineY}" font-size="34" font-weight="bold" fill="${colour}">${escapeXml(card.headline)}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="Noto Sans CJK KR, Noto Sans CJK JP, Noto Sans, sans-serif">
<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>
<rect width="${CARD_WIDTH}" height="14" fill="#1f5aa6"/>
<text x="80" y="100" font-size="28" fill="#5c6166">${escapeXml(card.kicker)}</text>
${title}
${headline}
${card.counts ? statusBar(card.counts, card.statusLabel) : ''}
<text x="80" y="590" font-size="26" font-weight="bold" fill="#1f5aa6">Accord Tracker</text>
<text x="${CARD_WIDTH - 80}" y="590" font-size="24" fill="#5c6166" text-anchor="end">${escapeXml(card.footer)}</text>
</svg>`;
}
