import {
  CATEGORY_LABELS,
  STATUS_LABELS,
  STATUS_MEANINGS,
  type CategoryKey,
  type StatusKey,
} from '../../../shared/domain/status.ts';
import { getLocale, type Locale } from './locale-store.ts';

/**
 * Every interface string, keyed by id. Status and category labels come from shared/ so the English
 * labels tests rely on have one source. The Korean dictionary of the same shape is i18n-ko.ts, loaded only
 * for readers who choose Korean (see lib/locale.ts); a key missing there is a TypeScript error.
 */
const en = {
  'app.name': 'Accord Tracker',
  'app.skipToContent': 'Skip to main content',
  'live.updatedJustNow': 'Updated just now',
  'app.footer.about':
    'Accord Tracker records dated status updates, each backed by sources. Corrections are made by retraction: nothing is deleted, so every page shows its full history.',
  'app.footer.scale': 'Status scale',
  'app.footer.methodology': 'How the tracker works: methodology, sources, citing and licence',
  'app.nav.label': 'Site',
  'app.nav.about': 'Methodology',
  'app.language': 'Language',
  'app.languageUnsaved':
    'You have typed something that is not published yet. Switch the language and lose it?',
  'content.untranslated': 'English',
  'content.untranslatedNote': 'not yet translated into Korean',

  'meta.titleSuffix': '{page} — Accord Tracker',
  'meta.dashboard.title': 'Accord Tracker — where every commitment stands',
  'meta.dashboard.description':
    'Where each commitment of the agreements Accord Tracker follows stands today, how it got there, and the sources behind every step.',
  'meta.dashboard.pastTitle': 'Status as it stood on {date}',
  'meta.notFound.title': 'Page not found',
  'meta.notFound.description': 'There is no page at this address on Accord Tracker.',
  'meta.error.title': 'Something went wrong',

  'dashboard.heading': 'The {years} Korean peace agreements, commitment by commitment',
  'dashboard.headingNone': 'Where every commitment stands',
  'dashboard.tracking': 'Tracked here:',
  'dashboard.lead':
    'Accord Tracker follows how the commitments of an agreement are carried out, clause by clause: where each one stands, how it got there, and the sources behind every step.',
  'dashboard.asOfToday': 'Status as of {date}',
  'dashboard.asOfPast': 'Status as it stood on {date}',
  'dashboard.total.one': '{count} commitment',
  'dashboard.total.other': '{count} commitments',
  'dashboard.lastUpdate': 'Last update {date}',
  'dashboard.counts.heading': 'Status at a glance',
  'dashboard.agreement.signed': 'Signed {date} in {place}',
  'dashboard.agreement.parties': 'Parties: {parties}',
  'dashboard.agreement.source': 'Official text',
  'dashboard.agreement.listLabel': 'Commitments of the {title}',
  'dashboard.commitment.lastUpdate': 'Last update {date}',
  'dashboard.commitment.noUpdates': 'No updates',
  'dashboard.empty': 'No commitments are tracked yet.',
  'dashboard.latestUpdates': 'Latest updates across all commitments',
  'dashboard.agreement.shown': '{count} of {total} commitments shown',
  'asOf.label': 'As of',
  'asOf.quickPicks': 'Quick picks',
  'asOf.signing': 'Signing date',
  'asOf.today': 'Today',
  'asOf.show': 'Show this date',
  'asOf.range': 'Choose a date between {from} and {to}.',
  'asOf.seeToday': 'See it as of today',
  'deadline.missed': 'Deadline missed',
  'deadline.by': 'Deadline',
  'deadline.timing': 'Timing:',
  'progress.heading': 'Progress',
  'progress.label': 'implemented or partially implemented',
  'progress.today': 'Today',
  'progress.on': 'On {date}',
  'progress.count': '{done} of {total} commitments',
  'progress.change.up.one': 'Up {count} point since {date}',
  'progress.change.up.other': 'Up {count} points since {date}',
  'progress.change.down.one': 'Down {count} point since {date}',
  'progress.change.down.other': 'Down {count} points since {date}',
  'progress.change.none': 'No change since {date}',
  'progress.howMeasured': 'How this figure is measured',
  'headline.of.one': 'of {count} commitment implemented or partially implemented',
  'headline.of.other': 'of {count} commitments implemented or partially implemented',
  'headline.when': '{when} · {percent}%',
  'headline.trend.down': 'Down from {peak} in {when}, the peak',
  'headline.trend.peak': 'The highest so far, first reached in {when}',
  'headline.trend.none': 'None so far',
  'headline.part.early': 'early {year}',
  'headline.part.mid': 'mid-{year}',
  'headline.part.late': 'late {year}',
  'headline.today': 'Today: {done} of {total}',
  'headline.line':
    'Line of commitments implemented or partially implemented, from {from} to {to}: {done} at the end.',
  'headline.linePeak': 'Peak of {peak}, first reached on {date}.',
  'headline.lineFalls': 'It fell on {dates}.',
  'dashboard.views': 'Show the commitments as',
  'dashboard.view.list': 'List',
  'dashboard.view.timeline': 'Timeline',
  'dashboard.view.table': 'Table',
  'filters.fold': 'Filters',
  'filters.foldActive.one': 'Filters · {count} on',
  'filters.foldActive.other': 'Filters · {count} on',
  'dashboard.counts.filter': 'Show only {status} commitments',
  'dashboard.counts.unfilter': 'Show all statuses again',
  'filters.label': 'Filter commitments',
  'filters.status': 'Status',
  'filters.category': 'Category',
  'filters.party': 'Party',
  'filters.search': 'Search',
  'filters.searchPlaceholder': 'Words in the title or text',
  'filters.anyStatus': 'Any status',
  'filters.anyCategory': 'Any category',
  'filters.anyParty': 'Any party',
  'filters.missed': 'Deadline missed',
  'filters.all.one': '{total} commitment',
  'filters.all.other': 'All {total} commitments',
  'filters.match.one': '{count} of {total} commitments matches',
  'filters.match.other': '{count} of {total} commitments match',
  'filters.clear': 'Clear filters',
  'filters.apply': 'Apply filters',
  'filters.none': 'No commitment matches these filters.',
  'filters.showAll': 'Show all commitments',
  'timeline.caption': 'Status over time',
  'timeline.description':
    'Each row is one commitment, from its signing to today, filled with the status it had at each moment; the strip at the bottom adds them up. The chart starts on {from}.',
  'timeline.descriptionShort': 'Each commitment’s status from its signing to today.',
  'timeline.filtered.one': 'Showing the {count} commitment that matches the filters.',
  'timeline.filtered.other': 'Showing the {count} commitments that match the filters.',
  'timeline.loading': 'Loading the chart…',
  'timeline.error': 'The chart could not be loaded.',
  'timeline.empty': 'There is nothing to draw yet.',
  'timeline.noMatch': 'No commitment matches the filters.',
  'timeline.label': 'Status of each commitment over time',
  'timeline.legend': 'Key',
  'timeline.hint':
    'Point at a bar, or Tab to the chart and move with the arrow keys, to read each period’s status and dates and the update behind it; click or press Enter to open that update. The same data is in the tables below.',
  'timeline.segment': '{title}: {status} from {from} to {to}',
  'timeline.segmentCurrent': '{title}: {status} from {from} to today',
  'timeline.period': '{from} to {to}',
  'timeline.since': 'Since {from}',
  'timeline.update': 'Update: {summary}',
  'timeline.noUpdate': 'Not started since the signing: no update changed it',
  'timeline.asOfMark': 'As of {date}',
  'timeline.totals': 'Totals by status',
  'timeline.totalsScale': '0 to {max} commitments',
  'timeline.data': 'Show the data as tables',
  'timeline.table.changes': 'Status changes of each commitment',
  'timeline.table.commitment': 'Commitment',
  'timeline.table.changesColumn': 'Status from each date, oldest first',
  'timeline.table.neverStarted': 'Not started throughout',
  'timeline.table.totals': 'Number of commitments at each status',
  'timeline.table.date': 'Date',
  'timeline.table.today': '{date} (today)',
  'timeline.table.shown': '{date} (date shown)',
  'timeline.table.start': '{date} (signing)',
  'commitment.asOf.heading': 'As of {date}:',
  'commitment.asOf.after.one': '{count} update came after that date; it is marked in the history below.',
  'commitment.asOf.after.other':
    '{count} updates came after that date; they are marked in the history below.',
  'commitment.asOf.noneAfter': 'Nothing was recorded after that date.',
  'commitment.after': 'After {date}',
  'agreementPage.eyebrow': 'Agreement',
  'agreementPage.back': 'Back to dashboard',
  'agreementPage.details': 'Signing',
  'agreementPage.signedOn': 'Signed',
  'agreementPage.place': 'Place',
  'agreementPage.parties': 'Parties',
  'agreementPage.commitments': 'Commitments',
  'agreementPage.empty': 'No commitments of this agreement are tracked yet.',
  'agreementPage.loading': 'Loading the agreement…',
  'agreementPage.error': 'This agreement could not be loaded.',
  'agreementPage.pastTitle': '{title}, as it stood on {date}',
  'updates.heading': 'Latest updates',
  'updates.lead':
    'Every status update recorded, across all commitments, newest first by the date it took effect. Each links to its commitment, where its sources are.',
  'updates.older': 'Older updates',
  'updates.loadingOlder': 'Loading older updates…',
  'updates.end': 'That is the oldest update.',
  'updates.empty': 'No updates recorded yet.',
  'updates.loading': 'Loading the latest updates…',
  'updates.error': 'The updates could not be loaded.',
  'updates.olderFailed': 'The older updates could not be loaded.',
  'updates.shown.one': '{count} update shown',
  'updates.shown.other': '{count} updates shown',
  'updates.sources.one': '{count} source',
  'updates.sources.other': '{count} sources',
  'updates.listLabel': 'Updates, newest first',
  'meta.updates.title': 'Latest updates',
  'meta.updates.description':
    'The latest status updates across every commitment Accord Tracker follows, newest first, with links to their sources.',

  'commitment.back': 'Back to dashboard',
  'commitment.currentStatus': 'Current status',
  'commitment.lastUpdate': 'last update {date}',
  'commitment.clause': 'What was agreed',
  'commitment.details': 'Details',
  'commitment.article': 'Article',
  'commitment.category': 'Category',
  'commitment.parties': 'Responsible',
  'commitment.deadline': 'Deadline',
  'commitment.noDeadline': 'None set',
  'commitment.agreement': 'Agreement',
  'commitment.signed': 'signed {date} in {place}',
  'commitment.history': 'History',
  'commitment.historyCount.one': '{count} update, newest first',
  'commitment.historyCount.other': '{count} updates, newest first',
  'commitment.noHistory': 'No updates recorded yet, so the commitment counts as Not started.',
  'commitment.retracted': 'Retracted',
  'commitment.retractedOn': 'Retracted on {date} by {name}: {reason}',
  'commitment.recordedBy': 'by {name}',
  'commitment.sources': 'Sources',

  'state.loading': 'Loading…',
  'state.loadingDashboard': 'Loading the dashboard…',
  'state.loadingCommitment': 'Loading the commitment…',
  'state.retry': 'Try again',
  'error.heading': 'Something went wrong',
  'error.dashboard': 'The dashboard could not be loaded.',
  'error.commitment': 'This commitment could not be loaded.',
  'error.route': 'This page could not be shown.',
  'error.reason.network': 'The server could not be reached. Check your connection and try again.',
  'error.reason.invalid': 'The server sent data in a shape this page does not understand.',
  'error.reason.rateLimited': 'Too many requests in a short time. Wait a moment and try again.',
  'error.reason.unavailable': 'The service is temporarily unavailable. Try again in a few minutes.',
  'error.reason.server': 'The server ran into a problem (error {status}).',
  'error.reason.unknown': 'An unexpected problem occurred.',

  'session.forAnalysts': 'Analysts and admins:',
  'session.signIn': 'Sign in',

  'notFound.heading': 'Page not found',
  'notFound.body': 'There is nothing at this address. The link may be mistyped, or the page may have moved.',
  'notFound.back': 'Go to the dashboard',

  'status.not_started': STATUS_LABELS.not_started,
  'status.in_progress': STATUS_LABELS.in_progress,
  'status.partial': STATUS_LABELS.partial,
  'status.implemented': STATUS_LABELS.implemented,
  'status.stalled': STATUS_LABELS.stalled,
  'status.reversed': STATUS_LABELS.reversed,
  'status.abandoned': STATUS_LABELS.abandoned,
  'statusMeaning.not_started': STATUS_MEANINGS.not_started,
  'statusMeaning.in_progress': STATUS_MEANINGS.in_progress,
  'statusMeaning.partial': STATUS_MEANINGS.partial,
  'statusMeaning.implemented': STATUS_MEANINGS.implemented,
  'statusMeaning.stalled': STATUS_MEANINGS.stalled,
  'statusMeaning.reversed': STATUS_MEANINGS.reversed,
  'statusMeaning.abandoned': STATUS_MEANINGS.abandoned,
  'category.military': CATEGORY_LABELS.military,
  'category.economic': CATEGORY_LABELS.economic,
  'category.humanitarian': CATEGORY_LABELS.humanitarian,
  'category.exchange': CATEGORY_LABELS.exchange,
  'category.denuclearization': CATEGORY_LABELS.denuclearization,
  'category.political': CATEGORY_LABELS.political,

  // --- Evidence model on the public pages (issue 9, branch issue-9b): dates at their precision, who acted,
  // standing, deadlines met or missed, how far the record is checked, developments, source kinds.
  'evidence.actors': 'Who acted: {names}',
  'evidence.claimedBy': 'Claimed by {names}',
  'evidence.claimed': 'Claimed',
  'evidence.disputed': 'Disputed',
  'evidence.disputeNote': 'Disputed: {note}',
  'evidence.confirmed': 'Confirmed',
  'evidence.recorded': 'Recorded {date}',
  'evidence.recordedBy': 'Recorded {date} by {name}',
  'evidence.partOf': 'Part of:',
  'evidence.alsoAffected': ', which also affected',
  'evidence.sourceKind.official': 'Official',
  'evidence.sourceKind.news': 'News',
  'evidence.sourceKind.analysis': 'Analysis',
  'evidence.sourceKind.other': 'Other',
  'evidence.contests': 'Contests this',
  'deadline.met': 'Deadline met {date}',
  'deadline.metLate': 'Met late, on {date}',
  'deadline.due': 'Due {date}',
  'dashboard.checkedThrough': 'Record checked through {date}',
  'dashboard.unchecked.one': '{count} commitment not checked yet',
  'dashboard.unchecked.other': '{count} commitments not checked yet',
  'dashboard.neverChecked': 'The record has not been checked yet',
  'commitment.checkedThrough': 'Checked through',
  'commitment.neverChecked': 'Not checked yet',
  'commitment.reviews': 'Reviews',
  'commitment.reviewNoNote': 'Checked, no change found',
  'relations.agreements': 'Related agreements',
  'relations.commitments': 'Related commitments',
  'relation.implements.outgoing': 'Implements',
  'relation.implements.incoming': 'Implemented by',
  'relation.builds_on.outgoing': 'Builds on',
  'relation.builds_on.incoming': 'Built on by',
  'relation.conditions.outgoing': 'Conditional on',
  'relation.conditions.incoming': 'A condition of',
  'relation.repeats.outgoing': 'Repeats',
  'relation.repeats.incoming': 'Repeated by',
  'relation.carries_out.outgoing': 'Carries out',
  'relation.carries_out.incoming': 'Carried out by',
  'compare.link': 'Compare the agreements side by side',
  'filters.agreement': 'Agreement',
  'filters.anyAgreement': 'Any agreement',
} satisfies Record<string, string>;

export type MessageId = keyof typeof en;
export type { Locale };
export type Params = Record<string, string | number>;

const dictionaries: Record<Locale, Record<string, string>> = { en: { ...en }, ko: {} };

/**
 * Adds the strings of a part of the interface that loads on demand (the sign-in page, the analyst
 * tools and the admin area: see i18n-tools.ts), so the public pages do not carry them.
 */
export function addMessages(target: Locale, messages: Record<string, string>): void {
  Object.assign(dictionaries[target], messages);
}

/** Fills the `{name}` placeholders of `template` from `params` (an unknown name stays as written). */
export function fillTemplate(template: string, params: Params = {}): string {
  // Most strings have no placeholder (labels): skip the pattern, the server fills thousands a render.
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/** Fills `{name}` placeholders; a string that is not loaded shows its id rather than nothing. */
export function formatMessage(id: string, params: Params = {}): string {
  // English stands in for a Korean string whose dictionary has not loaded yet.
  return fillTemplate(dictionaries[getLocale()][id] ?? dictionaries.en[id] ?? id, params);
}

/** The interface string `id`, with `{name}` placeholders filled from `params`. */
export function t(id: MessageId, params: Params = {}): string {
  return formatMessage(id, params);
}

/** The bases of messages that have a `.one` and an `.other` form. */
export type CountedBase<Id extends string> = Id extends `${infer Base}.one` ? Base : never;

/** Picks the `.one` or `.other` form of a counted message. */
export function tCount(base: CountedBase<MessageId>, count: number): string {
  return formatMessage(count === 1 ? `${base}.one` : `${base}.other`, { count });
}

export function statusLabel(status: StatusKey): string {
  return t(`status.${status}`);
}

export function statusMeaning(status: StatusKey): string {
  return t(`statusMeaning.${status}`);
}

export function categoryLabel(category: CategoryKey): string {
  return t(`category.${category}`);
}
