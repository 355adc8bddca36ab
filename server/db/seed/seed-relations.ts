import type { Db } from '../client.ts';
import { agreementRelations, commitmentRelations } from '../schema/index.ts';
import {
  agreementIdsBySlug,
  agreementPairTaken,
  commitmentIdsBySlug,
  commitmentPairTaken,
} from '../../features/relations/pairs.ts';
import {
  AGREEMENT_RELATIONS_2018,
  COMMITMENT_RELATIONS_2018,
  type AgreementRelationSeed,
  type CommitmentRelationSeed,
} from './relations-2018.ts';

export interface SeedRelations {
  agreements: readonly AgreementRelationSeed[];
  commitments: readonly CommitmentRelationSeed[];
}

export const RELATIONS_2018: SeedRelations = {
  agreements: AGREEMENT_RELATIONS_2018,
  commitments: COMMITMENT_RELATIONS_2018,
};

/** A relation the seed wrote, for the audit log: which entity, and what was added. */
export interface AddedRelation {
  entity: string;
  after: Record<string, string>;
}

/**
 * Inserts the seed's relations that are not there yet, in the caller's transaction. A relation whose
 * slugs are missing (that agreement is not seeded in this database), that points at itself or within
 * one agreement, or whose pair is already related either way, is skipped: running it twice adds nothing.
 */
export async function insertSeedRelations(tx: Db, relations: SeedRelations): Promise<AddedRelation[]> {
  const added: AddedRelation[] = [];
  const agreementIds = await agreementIdsBySlug(
    tx,
    relations.agreements.flatMap((r) => [r.agreementSlug, r.relatedAgreementSlug]),
  );
  for (const relation of relations.agreements) {
    const from = agreementIds.get(relation.agreementSlug);
    const to = agreementIds.get(relation.relatedAgreementSlug);
    if (from === undefined || to === undefined || from === to) continue;
    if (await agreementPairTaken(tx, from, to)) continue;
    const { note, noteKo, type } = relation;
    await tx
      .insert(agreementRelations)
      .values({ agreementId: from, relatedAgreementId: to, type, note, noteKo });
    added.push({
      entity: `agreement:${relation.agreementSlug}`,
      after: { type, relatedAgreement: relation.relatedAgreementSlug, note },
    });
  }
  const commitmentIds = await commitmentIdsBySlug(
    tx,
    relations.commitments.flatMap((r) => [r.commitmentSlug, r.relatedCommitmentSlug]),
  );
  for (const relation of relations.commitments) {
    const from = commitmentIds.get(relation.commitmentSlug);
    const to = commitmentIds.get(relation.relatedCommitmentSlug);
    if (!from || !to || from.agreementId === to.agreementId) continue;
    if (await commitmentPairTaken(tx, from.id, to.id)) continue;
    const { note, noteKo, kind } = relation;
    await tx
      .insert(commitmentRelations)
      .values({ commitmentId: from.id, relatedCommitmentId: to.id, kind, note, noteKo });
    added.push({
      entity: `commitment:${relation.commitmentSlug}`,
      after: { kind, relatedCommitment: relation.relatedCommitmentSlug, note },
    });
  }
  return added;
}
