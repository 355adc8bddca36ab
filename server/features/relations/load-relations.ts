import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { agreementRelations, agreements, commitmentRelations, commitments } from '../../db/schema/index.ts';
import type { AgreementRelationType, CommitmentRelationKind } from '../../../shared/domain/relations.ts';

interface AgreementEnd {
  slug: string;
  title: string;
  titleKo: string | null;
}

/** An agreement relation with both ends named: "subject <type> object". */
export interface AgreementRelationLink {
  id: number;
  type: AgreementRelationType;
  subject: AgreementEnd;
  object: AgreementEnd;
  note: string | null;
  noteKo: string | null;
}

interface CommitmentEnd {
  slug: string;
  articleRef: string;
  title: string;
  titleKo: string | null;
  agreement: AgreementEnd;
}

/** A commitment relation with both ends named: "subject <kind> object". */
export interface CommitmentRelationLink {
  id: number;
  kind: CommitmentRelationKind;
  subject: CommitmentEnd;
  object: CommitmentEnd;
  note: string | null;
  noteKo: string | null;
}

const agreementEnd = (row: typeof agreements.$inferSelect): AgreementEnd => ({
  slug: row.slug,
  title: row.title,
  titleKo: row.titleKo,
});

/** Every agreement relation (a small table: read whole), oldest first. */
export async function loadAgreementRelations(db: Db): Promise<AgreementRelationLink[]> {
  const object = alias(agreements, 'object_agreement');
  const rows = await db
    .select({ relation: agreementRelations, subject: agreements, object })
    .from(agreementRelations)
    .innerJoin(agreements, eq(agreements.id, agreementRelations.agreementId))
    .innerJoin(object, eq(object.id, agreementRelations.relatedAgreementId))
    .orderBy(asc(agreementRelations.id));
  return rows.map(({ relation, subject, object: other }) => ({
    id: relation.id,
    type: relation.type as AgreementRelationType,
    subject: agreementEnd(subject),
    object: agreementEnd(other),
    note: relation.note,
    noteKo: relation.noteKo,
  }));
}

/** Every commitment relation, oldest first, each end with its agreement. */
export async function loadCommitmentRelations(db: Db): Promise<CommitmentRelationLink[]> {
  const object = alias(commitments, 'object_commitment');
  const subjectAgreement = alias(agreements, 'subject_agreement');
  const objectAgreement = alias(agreements, 'object_agreement');
  const rows = await db
    .select({
      relation: commitmentRelations,
      subject: commitments,
      subjectAgreement,
      object,
      objectAgreement,
    })
    .from(commitmentRelations)
    .innerJoin(commitments, eq(commitments.id, commitmentRelations.commitmentId))
    .innerJoin(subjectAgreement, eq(subjectAgreement.id, commitments.agreementId))
    .innerJoin(object, eq(object.id, commitmentRelations.relatedCommitmentId))
    .innerJoin(objectAgreement, eq(objectAgreement.id, object.agreementId))
    .orderBy(asc(commitmentRelations.id));
  const end = (row: typeof commitments.$inferSelect, agreement: typeof agreements.$inferSelect) => ({
    slug: row.slug,
    articleRef: row.articleRef,
    title: row.title,
    titleKo: row.titleKo,
    agreement: agreementEnd(agreement),
  });
  return rows.map((row) => ({
    id: row.relation.id,
    kind: row.relation.kind as CommitmentRelationKind,
    subject: end(row.subject, row.subjectAgreement),
    object: end(row.object, row.objectAgreement),
    note: row.relation.note,
    noteKo: row.relation.noteKo,
  }));
}
