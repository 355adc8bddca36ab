import { eq, sql } from 'drizzle-orm';
import { agreements } from '../../db/schema/index.ts';
import type { AgreementCreate, AgreementPatch } from '../../../shared/contracts/admin.ts';
import type { AgreementDetail } from '../../../shared/contracts/public.ts';
import { conflict, notFound } from '../../http/errors.ts';
import type { WriteContext } from '../../http/write-context.ts';
import { recordWrite } from '../../http/write-context.ts';
import { assertKnownParties } from '../parties/service.ts';
import { getAgreement } from './service.ts';

/** Adds an agreement after the existing ones; its commitments are added one by one. */
export async function createAgreement(
  context: WriteContext,
  input: AgreementCreate,
): Promise<AgreementDetail> {
  await assertKnownParties(context.db, input.parties, 'parties');
  const change = await context.db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: agreements.id })
      .from(agreements)
      .where(eq(agreements.slug, input.slug));
    if (taken) throw conflict(`An agreement with the slug "${input.slug}" already exists`);
    const [last] = await tx
      .select({ position: sql<number>`coalesce(max(${agreements.position}), -1)::int` })
      .from(agreements);
    await tx.insert(agreements).values({ ...input, position: (last?.position ?? -1) + 1 });
    const entity = `agreement:${input.slug}`;
    return recordWrite(tx, context, { action: 'agreement.created', entity, after: input }, { entity });
  });
  context.changes.notify(change);
  return getAgreement(context.db, context.catalog, input.slug);
}

export async function patchAgreement(
  context: WriteContext,
  slug: string,
  input: AgreementPatch,
): Promise<AgreementDetail> {
  if (input.parties) await assertKnownParties(context.db, input.parties, 'parties');
  const change = await context.db.transaction(async (tx) => {
    const [before] = await tx.select().from(agreements).where(eq(agreements.slug, slug));
    if (!before) throw notFound(`Agreement "${slug}"`);
    await tx.update(agreements).set(input).where(eq(agreements.slug, slug));
    const keys = Object.keys(input) as (keyof AgreementPatch)[];
    const entity = `agreement:${slug}`;
    const beforeFields = Object.fromEntries(keys.map((key) => [key, before[key]]));
    return recordWrite(
      tx,
      context,
      { action: 'agreement.edited', entity, before: beforeFields, after: input },
      { entity },
    );
  });
  context.changes.notify(change);
  return getAgreement(context.db, context.catalog, slug);
}
