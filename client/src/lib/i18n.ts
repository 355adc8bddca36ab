import {
  CATEGORY_LABELS,
  STATUS_LABELS,
  STATUS_MEANINGS,
  type CategoryKey,
  type StatusKey,
} from '../../../shared/domain/status.ts';

/**
 * Every interface string, keyed by id. Status and category labels come from shared/ so the English
 * labels tests rely on have one source. A Korean dictionary of the same shape can be added beside it.
 */
const en = {
  'app.name': 'Accord Tracker',
  'app.skipToContent': 'Skip to main content',
  'live.updatedJustNow': 'Updated just now',
  'app.footer.about':
    'Accord Tracker records dated status updates, each backed by sources. Corrections are made by retraction: nothing is deleted, so every page shows its full history.',
  'app.footer.scale': 'Status scale',

  'meta.titleSuffix': '{page} — Accord Tracker',
  'meta.dashboard.title': 'Accord Tracker — where every commitment stands',
  'meta.dashboard.description':
    'Where each commitment of the agreements Accord Tracker follows stands today, how it got there, and the sources behind every step.',
  'meta.dashboard.pastTitle': 'Status as it stood on {date}',
  'meta.notFound.title': 'Page not found',
  'meta.notFound.description': 'There is no page at this address on Accord Tracker.',
  'meta.error.title': 'Something went wrong',

  'dashboard.heading': 'Where every commitment stands',
  'dashboard.lead':
    'Accord Tracker follows how the commitments of an agreement are carried out, clause by clause: where each one stands, how it got there, and the sources behind every step.',
  'dashboard.asOfToday': 'Status as of {date}',
  'dashboard.asOfPast': 'Status as it stood on {date}',
  'dashboard.total.one': '{count} commitment',
  'dashboard.total.other': '{count} commitments',
  'dashboard.lastUpdate': 'Last update {date}',
  'dashboard.counts.heading': 'Status at a glance',
  'dashboard.asOf.label': 'Show the status as of',
  'dashboard.asOf.submit': 'Show',
  'dashboard.asOf.reset': 'Back to today',
  'dashboard.agreement.signed': 'Signed {date} in {place}',
  'dashboard.agreement.parties': 'Parties: {parties}',
  'dashboard.agreement.source': 'Official text',
  'dashboard.agreement.listLabel': 'Commitments of the {title}',
  'dashboard.commitment.lastUpdate': 'Last update {date}',
  'dashboard.commitment.noUpdates': 'No updates',
  'dashboard.empty': 'No commitments are tracked yet.',

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
} satisfies Record<string, string>;

export type MessageId = keyof typeof en;
export type Locale = 'en';
export type Params = Record<string, string | number>;

const dictionaries: Record<Locale, Record<string, string>> = { en: { ...en } };
const locale: Locale = 'en';

/**
 * Adds the strings of a part of the interface that loads on demand (the sign-in page, the analyst
 * tools and the admin area: see i18n-tools.ts), so the public pages do not carry them.
 */
export function addMessages(target: Locale, messages: Record<string, string>): void {
  Object.assign(dictionaries[target], messages);
}

/** Fills `{name}` placeholders; a string that is not loaded shows its id rather than nothing. */
export function formatMessage(id: string, params: Params = {}): string {
  const template = dictionaries[locale][id] ?? id;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
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
