/** The status scale, in order from nothing done to dropped. Keys are stable; labels are the SPEC's. */
export const STATUS_KEYS = [
  'not_started',
  'in_progress',
  'partial',
  'implemented',
  'stalled',
  'reversed',
  'abandoned',
] as const;

export type StatusKey = (typeof STATUS_KEYS)[number];

export const STATUS_LABELS: Record<StatusKey, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  partial: 'Partially implemented',
  implemented: 'Implemented',
  stalled: 'Stalled',
  reversed: 'Reversed',
  abandoned: 'Abandoned',
};

export const STATUS_MEANINGS: Record<StatusKey, string> = {
  not_started: 'Nothing done yet',
  in_progress: 'First steps taken',
  partial: 'A substantial part done',
  implemented: 'Fully carried out',
  stalled: 'No movement, not undone',
  reversed: 'What was done has been undone',
  abandoned: 'Dropped, or no longer possible',
};

export const CATEGORY_KEYS = [
  'military',
  'economic',
  'humanitarian',
  'exchange',
  'denuclearization',
  'political',
] as const;

export type CategoryKey = (typeof CATEGORY_KEYS)[number];

export const CATEGORY_LABELS: Record<CategoryKey, string> = {
  military: 'Military',
  economic: 'Economic',
  humanitarian: 'Humanitarian',
  exchange: 'Sports and culture',
  denuclearization: 'Denuclearization',
  political: 'Political',
};

/** What a source is, chosen by the analyst and shown as a label. */
export const SOURCE_KINDS = ['official', 'news', 'analysis', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
