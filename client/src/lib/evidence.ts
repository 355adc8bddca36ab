import type { Party } from '../../../shared/contracts/public.ts';
import { koreanArticleRef } from '../../../shared/domain/article-ref.ts';
import { formatDateAtPrecision } from '../../../shared/domain/date-precision.ts';
import type { IsoDate } from '../../../shared/domain/dates.ts';
import type { DatePrecision } from '../../../shared/domain/evidence.ts';
import { getLocale } from './locale-store.ts';

/** A date as precisely as it is known, in the page's language: "March 2019", "2019년 3월". */
export function formatAtPrecision(date: IsoDate, precision: DatePrecision): string {
  return formatDateAtPrecision(date, precision, getLocale());
}

/**
 * Party codes as names in the page's language, from the registry the payload carries. A code the
 * registry does not know (it should not happen) shows as written rather than vanishing.
 */
export function partyNames(codes: readonly string[], registry: readonly Party[]): string {
  const ko = getLocale() === 'ko';
  return codes
    .map((code) => {
      const party = registry.find((p) => p.code === code);
      if (!party) return code;
      return ko ? party.nameKo : party.name;
    })
    .join(', ');
}

/** A clause's article reference in the page's style: "Art. 2(1)", in Korean "제2조 1항". */
export function articleRefText(ref: string): string {
  return getLocale() === 'ko' ? koreanArticleRef(ref) : ref;
}
