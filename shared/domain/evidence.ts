/**
 * The evidence model's vocabularies: how precise a date is, how settled a claim is, and what kind of
 * party acted. Keys are stable API values; the page labels live in the client's dictionaries.
 */

/** How precise an update's date is; effectiveOn then holds the first day of that month or year. */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * confirmed: observed or on the record; claimed: one party's statement, attributed to its actors;
 * disputed: contested, with a note saying by whom and why.
 */
export const STANDINGS = ['confirmed', 'claimed', 'disputed'] as const;
export type Standing = (typeof STANDINGS)[number];

/** Signatories sign agreements; third parties (the UN Command, the IOC, ...) act on or around them. */
export const PARTY_KINDS = ['signatory', 'third_party'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

/** Party codes are short upper-case tags: ROK, DPRK, UNC, UNSC. */
export const PARTY_CODE_PATTERN = /^[A-Z][A-Z0-9]{1,15}$/;
