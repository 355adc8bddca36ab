import type { ExportCommitment, ExportDevelopment, ExportParty } from '../../../shared/contracts/export.ts';
import { STATUS_LABELS } from '../../../shared/domain/status.ts';
import type { DatasetUpdate } from '../open-data/dataset.ts';
import { markup } from '../open-data/markup.ts';
import type { Markup } from '../open-data/markup.ts';
import { actorNames, eventDate, standingText } from './evidence-text.ts';
import type { EventFacts } from './evidence-text.ts';

export interface UpdateEntry {
  update: DatasetUpdate;
  commitment: ExportCommitment;
}

/**
 * One update, or one development with every update it wrote (the site feed shows an event once, not once
 * per clause it moved; `update` is then its latest-changed update).
 */
export interface FeedEntry extends UpdateEntry {
  development?: { record: ExportDevelopment; effects: UpdateEntry[] };
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
  parties: ReadonlyMap<string, ExportParty>;
  /** The feed's <updated> when it has no entries. */
  emptyUpdated: string;
}

// tag: URIs (RFC 4151) name things, not places: an entry keeps its id even if links move.
const TAG_DATE = '2018-09-19';
const tagUri = (origin: string, specific: string) =>
  `tag:${new URL(origin).hostname},${TAG_DATE}:${specific}`;

const updateChanged = (update: DatasetUpdate) => update.retraction?.at ?? update.createdAt;

/** When an entry last changed: published, or retracted later (a development: its latest change). */
export function entryUpdated(item: FeedEntry): string {
  if (!item.development) return updateChanged(item.update);
  return item.development.effects
    .map((effect) => updateChanged(effect.update))
    .sort()
    .at(-1)!;
}

/** Newest change first; the order feed readers show. */
export function byNewestChange(a: FeedEntry, b: FeedEntry): number {
  const [left, right] = [entryUpdated(a), entryUpdated(b)];
  return left === right ? b.update.id - a.update.id : left < right ? 1 : -1;
}

/** "March 2019 · Claimed by North Korea · Actors: North Korea" */
function eventLine(event: EventFacts, parties: ReadonlyMap<string, ExportParty>): string {
  const actors = event.actors.length > 0 ? ` · Actors: ${actorNames(event.actors, parties)}` : '';
  return `${eventDate(event)} · ${standingText(event, parties)}${actors}`;
}

function sourceList(update: DatasetUpdate | ExportDevelopment): Markup {
  return markup`<p>Sources:</p>
<ul>${update.sources.map(
    (source) =>
      markup`<li><a href="${source.url}">${source.title}</a>${
        source.publisher || source.publishedOn
          ? ` (${[source.publisher, source.publishedOn].filter(Boolean).join(', ')})`
          : null
      } [${source.kind}${source.contests ? ', contests the claim' : ''}]</li>`,
  )}</ul>`;
}

function retractionNote(update: DatasetUpdate): Markup | null {
  const retraction = update.retraction;
  return retraction
    ? markup`<p><strong>Retracted</strong> on ${retraction.at.slice(0, 10)} by ${retraction.by}: ${retraction.reason}</p>`
    : null;
}

function updateContent(
  { update, commitment }: UpdateEntry,
  origin: string,
  parties: ReadonlyMap<string, ExportParty>,
): Markup {
  const label = STATUS_LABELS[update.status];
  return markup`${retractionNote(update)}<p><strong>${label}</strong>, ${eventLine(update, parties)} — <a href="${origin}/commitments/${commitment.slug}">${commitment.title}</a> (${commitment.articleRef})${
    update.meetsDeadline ? ' — meets its deadline' : null
  }</p>
<p>${update.retraction ? markup`<del>${update.summary}</del>` : update.summary}</p>${
    update.summaryKo ? markup`\n<p lang="ko">${update.summaryKo}</p>` : null
  }
${sourceList(update)}`;
}

function developmentContent(
  development: NonNullable<FeedEntry['development']>,
  origin: string,
  parties: ReadonlyMap<string, ExportParty>,
): Markup {
  const { record, effects } = development;
  return markup`<p>${eventLine(record, parties)}</p>
<p>${record.summary}</p>${record.summaryKo ? markup`\n<p lang="ko">${record.summaryKo}</p>` : null}
<p>It moved ${effects.length} commitments:</p>
<ul>${effects.map(
    ({ update, commitment }) =>
      markup`<li>${update.retraction ? markup`<del>` : null}<a href="${origin}/commitments/${commitment.slug}">${commitment.title}</a> (${commitment.articleRef}): <strong>${STATUS_LABELS[update.status]}</strong>${
        update.meetsDeadline ? ' — meets its deadline' : null
      }${update.retraction ? markup`</del> (retracted on ${update.retraction.at.slice(0, 10)}: ${update.retraction.reason})` : null}</li>`,
  )}</ul>
${sourceList(record)}`;
}

function entry(item: FeedEntry, origin: string, parties: ReadonlyMap<string, ExportParty>): Markup {
  const { update, commitment, development } = item;
  if (development) {
    const { record, effects } = development;
    return markup`
  <entry>
    <id>${tagUri(origin, `development/${record.id}`)}</id>
    <title type="text">${record.summary} — ${effects.length} commitments</title>
    <link rel="alternate" type="text/html" href="${origin}/commitments/${effects[0]!.commitment.slug}"/>${effects.map(
      (effect) =>
        markup`\n    <link rel="related" type="text/html" href="${origin}/commitments/${effect.commitment.slug}" title="${effect.commitment.title}"/>`,
    )}
    <published>${record.createdAt}</published>
    <updated>${entryUpdated(item)}</updated>
    <author><name>${record.author}</name></author>
    <category term="development" label="Development"/>
    <summary type="text">${eventDate(record)}: ${record.summary}</summary>
    <content type="html">${developmentContent(development, origin, parties).html}</content>
  </entry>`;
  }
  const title = `${update.retraction ? 'Retracted: ' : ''}${commitment.title} — ${STATUS_LABELS[update.status]}`;
  return markup`
  <entry>
    <id>${tagUri(origin, `update/${update.id}`)}</id>
    <title type="text">${title}</title>
    <link rel="alternate" type="text/html" href="${origin}/commitments/${commitment.slug}"/>
    <published>${update.createdAt}</published>
    <updated>${entryUpdated(item)}</updated>
    <author><name>${update.author}</name></author>
    <category term="${update.status}" label="${STATUS_LABELS[update.status]}"/>${
      update.retraction ? markup`\n    <category term="retracted" label="Retracted"/>` : null
    }
    <summary type="text">${eventDate(update)} (${standingText(update, parties)}): ${update.summary}</summary>
    <content type="html">${updateContent(item, origin, parties).html}</content>
  </entry>`;
}

/** An Atom 1.0 document (RFC 4287) with absolute links and RFC 3339 dates. */
export function renderAtom(input: FeedInput): string {
  const { origin } = input;
  const updated =
    input.entries
      .map((item) => entryUpdated(item))
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
  <generator uri="${origin}/">Accord Tracker</generator>${input.entries.map((item) => entry(item, origin, input.parties))}
</feed>
`.html;
}
