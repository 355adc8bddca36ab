/**
 * How agreements and commitments relate. Every relation reads "subject <type> object": the military
 * agreement implements the Panmunjom Declaration; a clause repeats (or carries out) an earlier clause.
 * docs/decisions/085-relation-direction.md says why and how the inverse reads.
 */
export const AGREEMENT_RELATION_TYPES = ['implements', 'builds_on', 'conditions'] as const;
export type AgreementRelationType = (typeof AGREEMENT_RELATION_TYPES)[number];

export const COMMITMENT_RELATION_KINDS = ['repeats', 'carries_out'] as const;
export type CommitmentRelationKind = (typeof COMMITMENT_RELATION_KINDS)[number];

/** Outgoing: the page's own agreement or commitment is the subject; incoming: it is the object. */
export const RELATION_DIRECTIONS = ['outgoing', 'incoming'] as const;
export type RelationDirection = (typeof RELATION_DIRECTIONS)[number];
