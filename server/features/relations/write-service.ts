import { and, eq, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { agreementRelations, commitmentRelations } from '../../db/schema/index.ts';
import type {
  AgreementRelationCreate,
  CommitmentRelationCreate,
} from '../../../shared/contracts/relations.ts';
import { conflict, HttpError, notFound } from '../../http/errors.ts';
import type { WriteContext } from '../../http/write-context.ts';
import { recordWrite } from '../../http/write-context.ts';
import { agreementIdsBySlug, agreementPairTaken, commitmentIdsBySlug, commitmentPairTaken } from './pairs.ts';

/** A 400 about one body field, in the API's error shape. */
const badField = (path: string, message: string) =>
  new HttpError(400, 'validation_error', `Invalid request body: ${path}: ${message}`, [{ path, message }]);

type Parsed<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };

/** Adds "agreement <type> related agreement"; 409 when the two are already related either way. */
export async function addAgreementRelation(
  context: WriteContext,
  slug: string,
  input: Parsed<AgreementRelationCreate>,
): Promise<void> {
  const change = await context.db.transaction(async (tx) => {
    const ids = await agreementIdsBySlug(tx, [slug, input.agreementSlug]);
    const from = ids.get(slug);
    if (from === undefined) throw notFound(`Agreement "${slug}"`);
    const to = ids.get(input.agreementSlug);
    if (to === undefined) throw badField('agreementSlug', `No agreement "${input.agreementSlug}"`);
    if (from === to) throw badField('agreementSlug', 'An agreement cannot relate to itself');
    if (await agreementPairTaken(tx, from, to))
      throw conflict(`"${slug}" and "${input.agreementSlug}" are already related`);
    const { type, note, noteKo } = input;
    await tx
      .insert(agreementRelations)
      .values({ agreementId: from, relatedAgreementId: to, type, note, noteKo });
    const entity = `agreement:${slug}`;
    const after = { type, relatedAgreement: input.agreementSlug, note, noteKo };
    return recordWrite(tx, context, { action: 'relation.added', entity, after }, { entity });
  });
  context.changes.notify(change);
}

/** Adds "commitment <kind> related commitment" (another agreement's); 409 when already related either way. */
export async function addCommitmentRelation(
  context: WriteContext,
  slug: string,
  input: Parsed<CommitmentRelationCreate>,
): Promise<void> {
  const change = await context.db.transaction(async (tx) => {
    const ids = await commitmentIdsBySlug(tx, [slug, input.commitmentSlug]);
    const from = ids.get(slug);
    if (!from) throw notFound(`Commitment "${slug}"`);
    const to = ids.get(input.commitmentSlug);
    if (!to) throw badField('commitmentSlug', `No commitment "${input.commitmentSlug}"`);
    if (from.id === to.id) throw badField('commitmentSlug', 'A commitment cannot relate to itself');
    if (from.agreementId === to.agreementId)
      throw badField('commitmentSlug', 'Choose a commitment of another agreement');
    if (await commitmentPairTaken(tx, from.id, to.id))
      throw conflict(`"${slug}" and "${input.commitmentSlug}" are already related`);
    const { kind, note, noteKo } = input;
    await tx
      .insert(commitmentRelations)
      .values({ commitmentId: from.id, relatedCommitmentId: to.id, kind, note, noteKo });
    const entity = `commitment:${slug}`;
    const after = { kind, relatedCommitment: input.commitmentSlug, note, noteKo };
    return recordWrite(tx, context, { action: 'relation.added', entity, after }, { entity });
  });
  context.changes.notify(change);
}

/** Removes the relation between two agreements, whichever way it points; 404 when there is none. */
export async function removeAgreementRelation(context: WriteContext, slug: string, other: string) {
  const change = await context.db.transaction(async (tx) => {
    const ids = await agreementIdsBySlug(tx, [slug, other]);
    const [a, b] = [ids.get(slug), ids.get(other)];
    const removed =
      a === undefined || b === undefined
        ? []
        : await tx
            .delete(agreementRelations)
            .where(
              or(
                and(eq(agreementRelations.agreementId, a), eq(agreementRelations.relatedAgreementId, b)),
                and(eq(agreementRelations.agreementId, b), eq(agreementRelations.relatedAgreementId, a)),
              ),
            )
            .returning();
    const [row] = removed;
    if (!row) throw notFound(`A relation between "${slug}" and "${other}"`);
    const entity = `agreement:${slug}`;
    const before = { type: row.type, subject: row.agreementId === a ? slug : other, note: row.note };
    return recordWrite(tx, context, { action: 'relation.removed', entity, before, after: null }, { entity });
  });
  context.changes.notify(change);
}

/** Removes the relation between two commitments, whichever way it points; 404 when there is none. */
export async function removeCommitmentRelation(context: WriteContext, slug: string, other: string) {
  const change = await context.db.transaction(async (tx: Db) => {
    const ids = await commitmentIdsBySlug(tx, [slug, other]);
    const [a, b] = [ids.get(slug)?.id, ids.get(other)?.id];
    const removed =
      a === undefined || b === undefined
        ? []
        : await tx
            .delete(commitmentRelations)
            .where(
              or(
                and(eq(commitmentRelations.commitmentId, a), eq(commitmentRelations.relatedCommitmentId, b)),
                and(eq(commitmentRelations.commitmentId, b), eq(commitmentRelations.relatedCommitmentId, a)),
              ),
            )
            .returning();
    const [row] = removed;
    if (!row) throw notFound(`A relation between "${slug}" and "${other}"`);
    const entity = `commitment:${slug}`;
    const before = { kind: row.kind, subject: row.commitmentId === a ? slug : other, note: row.note };
    return recordWrite(tx, context, { action: 'relation.removed', entity, before, after: null }, { entity });
  });
  context.changes.notify(change);
}
