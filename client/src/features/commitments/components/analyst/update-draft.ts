import type { StatusUpdate } from '../../../../../../shared/contracts/public.ts';
import type { DatePrecision, Standing } from '../../../../../../shared/domain/evidence.ts';
import type { StatusKey } from '../../../../../../shared/domain/status.ts';

export type SourceKindChoice = 'official' | 'news' | 'analysis' | 'other' | '';

/** One source as typed; `key` keeps React's and the form's bookkeeping stable when sources are removed. */
export interface SourceDraft {
  key: number;
  url: string;
  title: string;
  publisher: string;
  publishedOn: string;
  kind: SourceKindChoice;
  contests: boolean;
}

export type SourceField = 'url' | 'title' | 'publisher' | 'publishedOn' | 'kind';

/**
 * What happened, as typed: shared by "Add update" (one commitment) and "Record a development" (many).
 * The date is kept per precision (a day, a month "YYYY-MM", a year "YYYY") so switching precision back
 * and forth loses nothing.
 */
export interface EventDraft {
  datePrecision: DatePrecision;
  day: string;
  month: string;
  year: string;
  actors: string[];
  standing: Standing;
  disputeNote: string;
  disputeNoteKo: string;
  summary: string;
  summaryKo: string;
  sources: SourceDraft[];
}

/** The add-update form exactly as typed: strings only, nothing trimmed or dropped. */
export interface UpdateDraft extends EventDraft {
  status: StatusKey | '';
  meetsDeadline: boolean;
}

export type EventTextField =
  'day' | 'month' | 'year' | 'disputeNote' | 'disputeNoteKo' | 'summary' | 'summaryKo';
export type UpdateField = EventTextField | 'status';

export const emptySource = (key: number): SourceDraft => ({
  key,
  url: '',
  title: '',
  publisher: '',
  publishedOn: '',
  kind: '',
  contests: false,
});

export const emptyEvent = (): EventDraft => ({
  datePrecision: 'day',
  day: '',
  month: '',
  year: '',
  actors: [],
  standing: 'confirmed',
  disputeNote: '',
  disputeNoteKo: '',
  summary: '',
  summaryKo: '',
  sources: [emptySource(0)],
});

export const emptyDraft = (): UpdateDraft => ({ ...emptyEvent(), status: '', meetsDeadline: false });

const typed = (value: string) => value.trim() !== '';

/** True once anything has been typed or chosen: a draft worth protecting. */
export function isEventDirty(draft: EventDraft): boolean {
  const texts = [draft.day, draft.month, draft.year, draft.disputeNote, draft.disputeNoteKo, draft.summary];
  return (
    texts.concat(draft.summaryKo).some(typed) ||
    draft.actors.length > 0 ||
    draft.standing !== 'confirmed' ||
    draft.sources.length > 1 ||
    draft.sources.some((s) => [s.url, s.title, s.publisher, s.publishedOn, s.kind].some(typed) || s.contests)
  );
}

export const isDirty = (draft: UpdateDraft) =>
  draft.status !== '' || draft.meetsDeadline || isEventDirty(draft);

/** The date the schema gets: the typed day, or the first day of the typed month or year. */
export function effectiveOnOf(draft: EventDraft): string {
  if (draft.datePrecision === 'month')
    return /^\d{4}-\d{2}$/.test(draft.month) ? `${draft.month}-01` : draft.month;
  if (draft.datePrecision === 'year')
    return /^\d{4}$/.test(draft.year.trim()) ? `${draft.year.trim()}-01-01` : draft.year;
  return draft.day;
}

const optional = (value: string) => (typed(value) ? value : undefined);

/** The event's part of a request body: empty optional fields become absent (the schema trims the rest). */
export function toEventInput(draft: EventDraft) {
  const disputed = draft.standing === 'disputed';
  return {
    effectiveOn: effectiveOnOf(draft),
    datePrecision: draft.datePrecision,
    actors: draft.actors,
    standing: draft.standing,
    disputeNote: disputed ? optional(draft.disputeNote) : undefined,
    disputeNoteKo: disputed ? optional(draft.disputeNoteKo) : undefined,
    summary: draft.summary,
    summaryKo: optional(draft.summaryKo),
    sources: draft.sources.map((source) => ({
      url: source.url,
      title: source.title,
      publisher: optional(source.publisher),
      publishedOn: source.publishedOn || undefined,
      kind: source.kind || undefined,
      contests: disputed && source.contests,
    })),
  };
}

/**
 * The request body for `newUpdateSchema`. An unchosen status stays absent, so the schema reports it;
 * meetsDeadline is sent only where the commitment has a deadline.
 */
export function toUpdateInput(draft: UpdateDraft, baseVersion: number, hasDeadline = false) {
  return {
    status: draft.status || undefined,
    ...toEventInput(draft),
    meetsDeadline: hasDeadline && draft.meetsDeadline,
    baseVersion,
  };
}

/** "Retract and correct": a new draft that starts from what the retracted update said. */
export function draftFromUpdate(update: StatusUpdate): UpdateDraft {
  return {
    status: update.status,
    meetsDeadline: update.meetsDeadline,
    datePrecision: update.datePrecision,
    day: update.datePrecision === 'day' ? update.effectiveOn : '',
    month: update.datePrecision === 'month' ? update.effectiveOn.slice(0, 7) : '',
    year: update.datePrecision === 'year' ? update.effectiveOn.slice(0, 4) : '',
    actors: [...update.actors],
    standing: update.standing,
    disputeNote: update.disputeNote ?? '',
    disputeNoteKo: update.disputeNoteKo ?? '',
    summary: update.summary,
    summaryKo: update.summaryKo ?? '',
    sources: update.sources.map((source, key) => ({
      key,
      url: source.url,
      title: source.title,
      publisher: source.publisher ?? '',
      publishedOn: source.publishedOn ?? '',
      kind: source.kind,
      contests: source.contests,
    })),
  };
}

/** Where a field's error sits in the schema's paths, e.g. 'sources.1.url'. */
export const sourcePath = (index: number, field: SourceField) => `sources.${index}.${field}`;

/** A field's name for "touched" bookkeeping: stable while sources are added and removed. */
export const sourceTouchKey = (source: SourceDraft, field: SourceField) => `source-${source.key}.${field}`;

/** The schema reports the date as effectiveOn; the form shows it on the control of the chosen precision. */
export const dateField = (draft: EventDraft): EventTextField => draft.datePrecision;
