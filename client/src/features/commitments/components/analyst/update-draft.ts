import type { StatusKey } from '../../../../../../shared/domain/status.ts';

/** One source as typed; `key` keeps React's and the form's bookkeeping stable when sources are removed. */
export interface SourceDraft {
  key: number;
  url: string;
  title: string;
  publisher: string;
  publishedOn: string;
}

export type SourceField = Exclude<keyof SourceDraft, 'key'>;

/** The add-update form exactly as typed: strings only, nothing trimmed or dropped. */
export interface UpdateDraft {
  status: StatusKey | '';
  effectiveOn: string;
  summary: string;
  summaryKo: string;
  sources: SourceDraft[];
}

export type UpdateField = Exclude<keyof UpdateDraft, 'sources'>;

export const emptySource = (key: number): SourceDraft => ({
  key,
  url: '',
  title: '',
  publisher: '',
  publishedOn: '',
});

export const emptyDraft = (): UpdateDraft => ({
  status: '',
  effectiveOn: '',
  summary: '',
  summaryKo: '',
  sources: [emptySource(0)],
});

/** True once anything has been typed or chosen: a draft worth protecting. */
export function isDirty(draft: UpdateDraft): boolean {
  const { sources, ...fields } = draft;
  return (
    Object.values(fields).some((value) => value.trim() !== '') ||
    sources.length > 1 ||
    sources.some(({ key: _key, ...source }) => Object.values(source).some((value) => value.trim() !== ''))
  );
}

/**
 * The request body for `newUpdateSchema`: empty optional fields become absent (the schema trims the rest).
 * An unchosen status stays absent, so the schema reports it.
 */
export function toUpdateInput(draft: UpdateDraft, baseVersion: number) {
  return {
    status: draft.status || undefined,
    effectiveOn: draft.effectiveOn,
    summary: draft.summary,
    summaryKo: draft.summaryKo.trim() ? draft.summaryKo : undefined,
    sources: draft.sources.map((source) => ({
      url: source.url,
      title: source.title,
      publisher: source.publisher.trim() ? source.publisher : undefined,
      publishedOn: source.publishedOn || undefined,
    })),
    baseVersion,
  };
}

/** Where a field's error sits in the schema's paths, e.g. 'sources.1.url'. */
export const sourcePath = (index: number, field: SourceField) => `sources.${index}.${field}`;

/** A field's name for "touched" bookkeeping: stable while sources are added and removed. */
export const sourceTouchKey = (source: SourceDraft, field: SourceField) => `source-${source.key}.${field}`;
