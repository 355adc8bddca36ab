import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { agreements, commitments, statusUpdates } from '../../db/schema/index.ts';
import type { CommitmentRow } from '../../db/schema/index.ts';
import type { CommitmentCreate } from '../../../shared/contracts/admin.ts';
import type { CommitmentDetail, StatusUpdate } from '../../../shared/contracts/public.ts';
import type { CommitmentPatch, NewUpdate, Retraction } from '../../../shared/contracts/writes.ts';
import { HttpError, conflict, notFound } from '../../http/errors.ts';
import type { WriteContext } from '../../http/write-context.ts';
import { recordWrite } from '../../http/write-context.ts';
import type { AuditEntry } from '../audit/record.ts';
import { assertKnownParties } from '../parties/service.ts';
import { insertUpdate } from './insert-update.ts';
import { getCommitment } from './service.ts';

/**
 * Moves a commitment from baseVersion to the next version, or fails with 409 when someone else got there
 * first. A single compare-and-set UPDATE, so two writers on one version cannot both win.
 */
export async function bumpVersion(
  db: Db,
  slug: string,
  baseVersion: number,
  fields: Partial<CommitmentRow> = {},
): Promise<CommitmentRow> {
  const [bumped] = await db
    .update(commitments)
    .set({ ...fields, version: sql`${commitments.version} + 1`, updatedAt: new Date() })
    .where(and(eq(commitments.slug, slug), eq(commitments.version, baseVersion)))
    .returning();
  if (bumped) return bumped;
  const [current] = await db
    .select({ version: commitments.version })
    .from(commitments)
    .where(eq(commitments.slug, slug));
  if (!current) throw notFound(`Commitment "${slug}"`);
  throw conflict(
    `Someone else changed this commitment (now version ${current.version}, you started from ${baseVersion}). Reload to see the change.`,
    current.version,
  );
}

/** Audit event and change notice for a commitment write, inside its transaction. */
export const recordCommitmentWrite = (
  tx: Db,
  context: WriteContext,
  row: CommitmentRow,
  entry: Omit<AuditEntry, 'entity'>,
) =>
  recordWrite(
    tx,
    context,
    { ...entry, entity: `commitment:${row.slug}` },
    { entity: `commitment:${row.slug}`, version: row.version },
  );

/** A 400 naming the field, for rules the schema alone cannot check (they need the stored commitment). */
export const fieldError = (path: string, message: string) =>
  new HttpError(400, 'validation_error', `Invalid request body: ${path}: ${message}`, [{ path, message }]);

/** Refuses meetsDeadline on a commitment that has no deadline. */
export function assertDeadlineToMeet(row: CommitmentRow, meetsDeadline: boolean, path: string): void {
  if (meetsDeadline && !row.deadline) {
    throw fieldError(path, `"${row.slug}" has no deadline, so no update can meet one`);
  }
}

/** Publishes a status update with its sources; the commitment's version moves on. */
export async function publishUpdate(
  context: WriteContext,
  slug: string,
  input: NewUpdate,
): Promise<{ update: StatusUpdate; commitment: CommitmentDetail }> {
  await assertKnownParties(context.db, input.actors, 'actors');
  const { change, updateId } = await context.db.transaction(async (tx) => {
    const row = await bumpVersion(tx, slug, input.baseVersion);
    assertDeadlineToMeet(row, input.meetsDeadline, 'meetsDeadline');
    const { baseVersion: _base, ...published } = input;
    const updateId = await insertUpdate(tx, {
      ...published,
      commitmentId: row.id,
      authorId: context.actor.userId,
      authorName: context.actor.displayName,
    });
    const change = await recordCommitmentWrite(tx, context, row, {
      action: 'update.published',
      after: { updateId, version: row.version, ...published },
    });
    return { change, updateId };
  });
  context.changes.notify(change);
  const commitment = await getCommitment(context.db, slug);
  return { update: commitment.updates.find((update) => update.id === updateId)!, commitment };
}

/** Retracts an update with a reason; it stays in the history, flagged. */
export async function retractUpdate(
  context: WriteContext,
  updateId: number,
  input: Retraction,
): Promise<CommitmentDetail> {
  const [target] = await context.db
    .select({ update: statusUpdates, slug: commitments.slug })
    .from(statusUpdates)
    .innerJoin(commitments, eq(commitments.id, statusUpdates.commitmentId))
    .where(eq(statusUpdates.id, updateId));
  if (!target) throw notFound(`Update ${updateId}`);
  if (target.update.retractedAt) throw conflict('This update has already been retracted');
  const change = await context.db.transaction(async (tx) => {
    const row = await bumpVersion(tx, target.slug, input.baseVersion);
    const [retracted] = await tx
      .update(statusUpdates)
      .set({
        retractedAt: new Date(),
        retractedBy: context.actor.displayName,
        retractionReason: input.reason,
      })
      .where(and(eq(statusUpdates.id, updateId), sql`${statusUpdates.retractedAt} is null`))
      .returning({ id: statusUpdates.id });
    if (!retracted) throw conflict('This update has already been retracted', row.version - 1);
    return recordCommitmentWrite(tx, context, row, {
      action: 'update.retracted',
      before: { updateId, retracted: false },
      after: { updateId, retracted: true, reason: input.reason, version: row.version },
    });
  });
  context.changes.notify(change);
  return getCommitment(context.db, target.slug);
}

/** Edits a commitment's wording or metadata; the audit event keeps the fields before and after. */
export async function patchCommitment(
  context: WriteContext,
  slug: string,
  input: CommitmentPatch,
): Promise<CommitmentDetail> {
  const { baseVersion, ...fields } = input;
  if (fields.parties) await assertKnownParties(context.db, fields.parties, 'parties');
  const change = await context.db.transaction(async (tx) => {
    const [before] = await tx.select().from(commitments).where(eq(commitments.slug, slug));
    if (!before) throw notFound(`Commitment "${slug}"`);
    const row = await bumpVersion(tx, slug, baseVersion, fields);
    if (row.deadlineMetOn && !row.deadline) {
      throw fieldError('deadlineMetOn', 'A commitment without a deadline cannot have met one');
    }
    const keys = Object.keys(fields) as (keyof typeof fields)[];
    return recordCommitmentWrite(tx, context, row, {
      action: 'commitment.edited',
      before: Object.fromEntries(keys.map((key) => [key, before[key]])),
      after: { ...Object.fromEntries(keys.map((key) => [key, row[key]])), version: row.version },
    });
  });
  context.changes.notify(change);
  return getCommitment(context.db, slug);
}

/** Adds a commitment at the end of an existing agreement. */
export async function createCommitment(
  context: WriteContext,
  input: CommitmentCreate,
): Promise<CommitmentDetail> {
  const { agreement: agreementSlug, ...fields } = input;
  await assertKnownParties(context.db, fields.parties, 'parties');
  const change = await context.db.transaction(async (tx) => {
    const [agreement] = await tx.select().from(agreements).where(eq(agreements.slug, agreementSlug));
    if (!agreement) {
      throw new HttpError(400, 'validation_error', `No agreement "${agreementSlug}"`, [
        { path: 'agreement', message: 'No such agreement' },
      ]);
    }
    const [taken] = await tx
      .select({ id: commitments.id })
      .from(commitments)
      .where(eq(commitments.slug, fields.slug));
    if (taken) throw conflict(`A commitment with the slug "${fields.slug}" already exists`);
    const [last] = await tx
      .select({ position: sql<number>`coalesce(max(${commitments.position}), -1)::int` })
      .from(commitments)
      .where(eq(commitments.agreementId, agreement.id));
    const [row] = await tx
      .insert(commitments)
      .values({ ...fields, agreementId: agreement.id, position: (last?.position ?? -1) + 1 })
      .returning();
    return recordCommitmentWrite(tx, context, row!, { action: 'commitment.created', after: input });
  });
  context.changes.notify(change);
  return getCommitment(context.db, fields.slug);
}
