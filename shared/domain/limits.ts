/** Input limits shared by the forms and the server. */
export const LIMITS = {
  passwordMin: 12,
  passwordMax: 256,
  usernameMax: 40,
  displayNameMax: 80,
  titleMax: 200,
  summaryMax: 2000,
  clauseTextMax: 4000,
  reasonMin: 5,
  reasonMax: 1000,
  urlMax: 2000,
  sourceTitleMax: 300,
  publisherMax: 200,
  sourcesMax: 10,
  partiesMax: 10,
  partyMax: 40,
  noteMax: 300,
  /** Who disputes a claim and why can take a few sentences. */
  disputeNoteMax: 1000,
  articleRefMax: 60,
  /** Commitments one development may move at once. */
  effectsMax: 100,
  /** Request bodies larger than this are refused with 413. */
  bodyBytes: 64 * 1024,
} as const;

export const ROLES = ['analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The largest value of a PostgreSQL integer column (ids, versions): larger input is refused, not stored. */
export const MAX_INT32 = 2_147_483_647;
