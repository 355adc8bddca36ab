import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import {
  agreements,
  agreementRelations,
  commitmentRelations,
  commitmentReviews,
  commitments,
  developments,
  parties,
  statusUpdates,
  updateSources,
} from '../../db/schema/index.ts';
import type { ExportData, ExportSource } from '../../../shared/contracts/export.ts';
import { loadParties } from '../parties/service.ts';

// Rows per INSERT: well under PostgreSQL's 65,535 bind parameters.
const CHUNK = 500;

/** An import file that cannot be loaded, or a database that cannot take it; nothing was written. */
export class ImportError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

export interface ImportResult {
  agreements: number;
  commitments: number;
  developments: number;
  updates: number;
  retracted: number;
  sources: number;
  reviews: number;
  relations: number;
}

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) result.push(items.slice(start, start + CHUNK));
  return result;
}

/** Ids for new rows, taken from the table's sequence up front so other rows can refer to them. */
async function reserveIds(
  tx: Db,
  table: 'status_updates' | 'developments',
  count: number,
): Promise<number[]> {
  if (count === 0) return [];
  const rows = await queryRows<{ id: number }>(
    tx,
    sql`select nextval(pg_get_serial_sequence(${table}, 'id'))::int as id from generate_series(1, ${count})`,
  );
  return rows.map((row) => row.id);
}

/**
 * The file's registry replaces names, kinds and order of the parties it lists (the migration's registry
 * stays for the rest); then every party code in the file must be in the registry.
 */
async function importParties(tx: Db, data: ExportData): Promise<void> {
  for (const [position, party] of data.parties.entries()) {
    const values = { ...party, position };
    await tx.insert(parties).values(values).onConflictDoUpdate({ target: parties.code, set: values });
  }
  const known = new Set((await loadParties(tx)).map((row) => row.code));
  const problems: string[] = [];
  const check = (codes: readonly string[], name: string) => {
    for (const code of codes) if (!known.has(code)) problems.push(`${name}: unknown party "${code}"`);
  };
  data.agreements.forEach((row, index) => check(row.parties, `agreements[${index}]: parties`));
  data.commitments.forEach((row, index) => check(row.parties, `commitments[${index}]: parties`));
  data.developments.forEach((row, index) => check(row.actors, `developments[${index}]: actors`));
  data.updates.forEach((row, index) => check(row.actors, `updates[${index}]: actors`));
  if (problems.length > 0) throw new ImportError(problems.slice(0, 50));
}

const sourceValues = (source: ExportSource) => ({ ...source });

/** Inserts the whole (checked) file in bulk, in the caller's transaction. */
export async function insertAll(tx: Db, data: ExportData): Promise<ImportResult> {
  await importParties(tx, data);
  const agreementIds = new Map<string, number>();
  for (const part of chunks(data.agreements.map((agreement, position) => ({ ...agreement, position })))) {
    const rows = await tx
      .insert(agreements)
      .values(part)
      .returning({ id: agreements.id, slug: agreements.slug });
    for (const row of rows) agreementIds.set(row.slug, row.id);
  }

  const positions = new Map<string, number>();
  const commitmentRows = data.commitments.map(({ agreement, ...fields }) => {
    const position = positions.get(agreement) ?? 0;
    positions.set(agreement, position + 1);
    return { ...fields, agreementId: agreementIds.get(agreement)!, position };
  });
  const commitmentIds = new Map<string, number>();
  for (const part of chunks(commitmentRows)) {
    const rows = await tx
      .insert(commitments)
      .values(part)
      .returning({ id: commitments.id, slug: commitments.slug });
    for (const row of rows) commitmentIds.set(row.slug, row.id);
  }

  // Bylines, publication and retraction times are kept; imported records have no author account.
  const developmentIds = await reserveIds(tx, 'developments', data.developments.length);
  const newDevelopmentId = new Map(data.developments.map((row, index) => [row.id, developmentIds[index]!]));
  const developmentRows = data.developments.map(({ id, author, createdAt, sources, ...event }) => ({
    ...event,
    id: newDevelopmentId.get(id)!,
    sources: sources.map(sourceValues),
    authorId: null,
    authorName: author,
    createdAt: new Date(createdAt),
  }));
  for (const part of chunks(developmentRows)) await tx.insert(developments).values(part);

  const updateIds = await reserveIds(tx, 'status_updates', data.updates.length);
  const updateRows = data.updates.map(
    (
      { id: _id, commitment, development, sources: _sources, author, createdAt, retraction, ...event },
      index,
    ) => ({
      ...event,
      id: updateIds[index]!,
      commitmentId: commitmentIds.get(commitment)!,
      developmentId: development === null ? null : newDevelopmentId.get(development)!,
      authorId: null,
      authorName: author,
      createdAt: new Date(createdAt),
      retractedAt: retraction ? new Date(retraction.at) : null,
      retractedBy: retraction?.by ?? null,
      retractionReason: retraction?.reason ?? null,
    }),
  );
  for (const part of chunks(updateRows)) await tx.insert(statusUpdates).values(part);

  const sourceRows = data.updates.flatMap((update, index) =>
    update.sources.map((source, position) => ({
      ...sourceValues(source),
      updateId: updateIds[index]!,
      position,
    })),
  );
  for (const part of chunks(sourceRows)) await tx.insert(updateSources).values(part);

  const reviewRows = data.reviews.map(({ commitment, author, createdAt, ...review }) => ({
    ...review,
    commitmentId: commitmentIds.get(commitment)!,
    authorId: null,
    authorName: author,
    createdAt: new Date(createdAt),
  }));
  for (const part of chunks(reviewRows)) await tx.insert(commitmentReviews).values(part);

  const agreementRelationRows = data.agreementRelations.map(({ agreement, relatedAgreement, ...rest }) => ({
    ...rest,
    agreementId: agreementIds.get(agreement)!,
    relatedAgreementId: agreementIds.get(relatedAgreement)!,
  }));
  for (const part of chunks(agreementRelationRows)) await tx.insert(agreementRelations).values(part);
  const commitmentRelationRows = data.commitmentRelations.map(
    ({ commitment, relatedCommitment, ...rest }) => ({
      ...rest,
      commitmentId: commitmentIds.get(commitment)!,
      relatedCommitmentId: commitmentIds.get(relatedCommitment)!,
    }),
  );
  for (const part of chunks(commitmentRelationRows)) await tx.insert(commitmentRelations).values(part);

  return {
    agreements: data.agreements.length,
    commitments: data.commitments.length,
    developments: data.developments.length,
    updates: data.updates.length,
    retracted: data.updates.filter((update) => update.retraction).length,
    sources: sourceRows.length,
    reviews: reviewRows.length,
    relations: agreementRelationRows.length + commitmentRelationRows.length,
  };
}
