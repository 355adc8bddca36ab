import type { ExportCommitment } from '../../../shared/contracts/export.ts';
import { STATUS_LABELS } from '../../../shared/domain/status.ts';
import type { DatasetUpdate } from '../open-data/dataset.ts';
import { markup } from '../open-data/markup.ts';
import type { Markup } from '../open-data/markup.ts';

export interface FeedEntry {
  update: DatasetUpdate;
  commitment: ExportCommitment;
}

export interface FeedInput {
  origin: string;
  /** The feed's own path, e.g. /feed.atom. */
  selfPath: string;
  /** The page the feed follows, e.g. / or /commitments/slug. */
  pagePath: string;
  title: string;
  subtitle: string;
  entries: FeedEntry[];
  /** The feed's <updated> when it has no entries. */
  emptyUpdated: string;
}

// tag: URIs (RFC 4151) name things, not places: an entry keeps its id even if links move.
const TAG_DATE = '2018-09-19';
const tagUri = (origin: string, specific: string) =>
  `tag:${new URL(origin).hostname},${TAG_DATE}:${specific}`;

/** When an entry last changed: published, or retracted later. */
export const entryUpdated = (update: DatasetUpdate) => update.retraction?.at ?? update.createdAt;

/** Newest change first; the order feed readers show. */
export function byNewestChange(a: FeedEntry, b: FeedEntry): number {
  const [left, right] = [entryUpdated(a.update), entryUpdated(b.update)];
  return left === right ? b.update.id - a.update.id : left < right ? 1 : -1;
}

function entryContent({ update, commitment }: FeedEntry, origin: string): Markup {
  const label = STATUS_LABELS[update.status];
  const retraction = update.retraction;
  return markup`${
    retraction
      ? markup`<p><strong>Retracted</strong> on ${retraction.at.slice(0, 10)} by ${retraction.by}: ${retraction.reason}</p>`
      : null
  }<p><strong>${label}</strong>, effective ${update.effectiveOn} — <a href="${origin}/commitments/${commitment.slug}">${commitment.title}</a> (${commitment.articleRef})</p>
<p>${retraction ? markup`<del>${update.summary}</del>` : update.summary}</p>${
    update.summaryKo ? markup`\n<p lang="ko">${update.summaryKo}</p>` : null
  }
<p>Sources:</p>
<ul>${update.sources.map(
    (source) =>
      markup`<li><a href="${source.url}">${source.title}</a>${
        source.publisher || source.publishedOn
          ? ` (${[source.publisher, source.publishedOn].filter(Boolean).join(', ')})`
          : null
      }</li>`,
  )}</ul>`;
}

function entry(item: FeedEntry, origin: string): Markup {
  const { update, commitment } = item;
  const title = `${update.retraction ? 'Retracted: ' : ''}${commitment.title} — ${STATUS_LABELS[update.status]}`;
  return markup`
  <entry>
    <id>${tagUri(origin, `update/${update.id}`)}</id>
    <title type="text">${title}</title>
    <link rel="alternate" type="text/html" href="${origin}/commitments/${commitment.slug}"/>
    <published>${update.createdAt}</published>
    <updated>${entryUpdated(update)}</updated>
    <author><name>${update.author}</name></author>
    <category term="${update.status}" label="${STATUS_LABELS[update.status]}"/>${
      update.retraction ? markup`\n    <category term="retracted" label="Retracted"/>` : null
    }
    <summary type="text">${update.effectiveOn}: ${update.summary}</summary>
    <content type="html">${entryContent(item, origin).html}</content>
  </entry>`;
}

/** An Atom 1.0 document (RFC 4287) with absolute links and RFC 3339 dates. */
export function renderAtom(input: FeedInput): string {
  const { origin } = input;
  const updated =
    input.entries
      .map((item) => entryUpdated(item.update))
      .sort()
      .at(-1) ?? input.emptyUpdated;
  return markup`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>${tagUri(origin, `feed${input.selfPath === '/feed.atom' ? '' : input.pagePath}`)}</id>
  <title type="text">${input.title}</title>
  <subtitle type="text">${input.subtitle}</subtitle>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${origin}${input.selfPath}"/>
  <link rel="alternate" type="text/html" href="${origin}${input.pagePath}"/>
  <author><name>Accord Tracker</name></author>
  <generator uri="${origin}/">Accord Tracker</generator>${input.entries.map((item) => entry(item, origin))}
</feed>
`.html;
}
