// The relations between the 2018 agreements and between their clauses. Delivered with the Panmunjom and
// Singapore data (branch data14); empty until then. Each reads "subject <type> object" (decision 085):
// { agreementSlug: military agreement, type: 'implements', relatedAgreementSlug: Panmunjom } says the
// military agreement implements Panmunjom; 'conditions' says the subject is conditional on the object.
export type AgreementRelationType = 'implements' | 'builds_on' | 'conditions';
export interface AgreementRelationSeed {
  agreementSlug: string;
  type: AgreementRelationType;
  relatedAgreementSlug: string;
  note: string;
  noteKo: string;
}
export interface CommitmentRelationSeed {
  commitmentSlug: string;
  relatedCommitmentSlug: string;
  kind: 'repeats' | 'carries_out';
  note: string;
  noteKo: string;
}
export const AGREEMENT_RELATIONS_2018: readonly AgreementRelationSeed[] = [];
export const COMMITMENT_RELATIONS_2018: readonly CommitmentRelationSeed[] = [];
