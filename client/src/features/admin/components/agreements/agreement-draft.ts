import type { Agreement } from '../../../../../../shared/contracts/public.ts';
import { orNull, splitList } from '../../../../lib/form-values.ts';

export interface AgreementDraft {
  slug: string;
  title: string;
  titleKo: string;
  signedOn: string;
  place: string;
  placeKo: string;
  parties: string;
  summary: string;
  summaryKo: string;
  sourceUrl: string;
}

export const AGREEMENT_FIELDS = [
  'title',
  'titleKo',
  'signedOn',
  'place',
  'placeKo',
  'parties',
  'summary',
  'summaryKo',
  'sourceUrl',
] as const;

export function agreementDraft(agreement?: Agreement): AgreementDraft {
  return {
    slug: agreement?.slug ?? '',
    title: agreement?.title ?? '',
    titleKo: agreement?.titleKo ?? '',
    signedOn: agreement?.signedOn ?? '',
    place: agreement?.place ?? '',
    placeKo: agreement?.placeKo ?? '',
    parties: agreement?.parties.join(', ') ?? '',
    summary: agreement?.summary ?? '',
    summaryKo: agreement?.summaryKo ?? '',
    sourceUrl: agreement?.sourceUrl ?? '',
  };
}

/** The fields as the shared schemas expect them (the slug only when creating). */
export function agreementInput(draft: AgreementDraft) {
  return {
    title: draft.title,
    titleKo: orNull(draft.titleKo),
    signedOn: draft.signedOn,
    place: draft.place,
    placeKo: orNull(draft.placeKo),
    parties: splitList(draft.parties),
    summary: draft.summary,
    summaryKo: orNull(draft.summaryKo),
    sourceUrl: orNull(draft.sourceUrl),
  };
}

/** A slug suggested from a title: "Panmunjom Declaration" -> "panmunjom-declaration". */
export function slugFrom(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
