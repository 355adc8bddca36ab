import { STATUS_LABELS } from '../../../shared/domain/status.ts';
import type { ExportAgreement, ExportCommitment } from '../../../shared/contracts/export.ts';
import type { DatasetUpdate } from '../open-data/dataset.ts';
import { markup, trustedMarkup } from '../open-data/markup.ts';
import type { Markup } from '../open-data/markup.ts';
import { STATUS_COLOURS, statusShape } from '../open-data/status-look.ts';

export const EMBED_CSS_PATH = '/embed/assets/embed.css';

const longDate = (isoDate: string) =>
  new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

function shell(title: string, body: Markup, canonical?: string): string {
  return markup`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>${canonical ? markup`\n<link rel="canonical" href="${canonical}">` : null}
<link rel="stylesheet" href="${EMBED_CSS_PATH}">
</head>
<body>
${body}
</body>
</html>
`.html;
}

export interface EmbedInput {
  origin: string;
  agreement: ExportAgreement | undefined;
  commitment: ExportCommitment;
  /** The update that sets the status now; undefined: Not started. */
  current: DatasetUpdate | undefined;
}

/** A small card for an iframe: the commitment's status, its last update and a link to the full page. */
export function renderEmbed({ origin, agreement, commitment, current }: EmbedInput): string {
  const status = current?.status ?? 'not_started';
  const page = `${origin}/commitments/${commitment.slug}`;
  const glyph = statusShape(status, 'currentColor', STATUS_COLOURS[status].bg);
  const body = markup`<article class="embed status--${status}">
  <p class="embed__context">${agreement?.title ?? commitment.agreement} · ${commitment.articleRef}</p>
  <h1 class="embed__title"><a href="${page}" target="_blank" rel="noopener">${commitment.title}</a></h1>
  <p class="embed__status"><svg class="embed__glyph" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${trustedMarkup(glyph)}</svg><span>${STATUS_LABELS[status]}</span></p>
  ${
    current
      ? markup`<p class="embed__last"><span class="embed__last-label">Last update,</span> <time datetime="${current.effectiveOn}">${longDate(current.effectiveOn)}</time>: ${current.summary}</p>`
      : markup`<p class="embed__last">No status update yet.</p>`
  }
  <p class="embed__more"><a href="${page}" target="_blank" rel="noopener">Full history and sources on Accord Tracker</a></p>
</article>`;
  return shell(`${commitment.title}: ${STATUS_LABELS[status]} — Accord Tracker`, body, page);
}

/** The answer inside an iframe whose commitment does not exist (any more). */
export function renderEmbedNotFound(origin: string): string {
  return shell(
    'Not found — Accord Tracker',
    markup`<article class="embed">
  <h1 class="embed__title">Commitment not found</h1>
  <p class="embed__last">This commitment is not on Accord Tracker.</p>
  <p class="embed__more"><a href="${origin}/" target="_blank" rel="noopener">See every commitment on Accord Tracker</a></p>
</article>`,
  );
}
