import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import { agreements, commitments, statusUpdates, updateSources } from '../../db/schema/index.ts';
import type { ExportData } from '../../../shared/contracts/export.ts';
import type { Actor } from '../audit/record.ts';
import { CHANGES_CHANNEL } from '../catalog/change-broadcast.ts';
import { recordAudit } from '../audit/record.ts';
import { SEED_LOCK_KEY } from '../../db/seed/apply-seed.ts';
import { checkImportFile } from './import-check.ts';

// The seed's lock (server/db/seed/apply-seed.ts): an import and a first start's seeding take turns.
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
  updates: number;
  retracted: number;
  sources: number;
}

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) result.push(items.slice(start, start + CHUNK));
  return result;
}

async function assertEmpty(tx: Db): Promise<void> {
  const [counts] = await queryRows<{ agreements: number; commitments: number; updates: number }>(
    tx,
    sql`select (select count(*)::int from ${agreements}) as agreements,
               (select count(*)::int from ${commitments}) as commitments,
               (select count(*)::int from ${statusUpdates}) as updates`,
  );
  if (counts && counts.agreements + counts.commitments + counts.updates > 0) {
    throw new ImportError([
      `The database is not empty (${counts.agreements} agreements, ${counts.commitments} commitments, ` +
        `${counts.updates} updates): import only into an empty database.`,
    ]);
  }
}

/** Ids for new status updates, taken from their sequence up front so sources can refer to them. */
async function reserveUpdateIds(tx: Db, count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = await queryRows<{ id: number }>(
    tx,
    sql`select nextval(pg_get_serial_sequence('status_updates', 'id'))::int as id
        from generate_series(1, ${count})`,
  );
  return rows.map((row) => row.id);
}

async function insertAll(tx: Db, data: ExportData): Promise<ImportResult> {
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

  const updateIds = await reserveUpdateIds(tx, data.updates.length);
  const updateRows = data.updates.map((update, index) => ({
    id: updateIds[index]!,
    commitmentId: commitmentIds.get(update.commitment)!,
    status: update.status,
    effectiveOn: update.effectiveOn,
    summary: update.summary,
    summaryKo: update.summaryKo,
    authorId: null, // imported bylines have no account here
    authorName: update.author,
    createdAt: new Date(update.createdAt),
    retractedAt: update.retraction ? new Date(update.retraction.at) : null,
    retractedBy: update.retraction?.by ?? null,
    retractionReason: update.retraction?.reason ?? null,
  }));
  for (const part of chunks(updateRows)) await tx.insert(statusUpdates).values(part);

  const sourceRows = data.updates.flatMap((update, index) =>
    update.sources.map((source, position) => ({
      ...source,
      kind: source.kind ?? 'other',
      updateId: updateIds[index]!,
      position,
    })),
  );
  for (const part of chunks(sourceRows)) await tx.insert(updateSources).values(part);

  return {
    agreements: data.agreements.length,
    commitments: data.commitments.length,
    updates: data.updates.length,
    retracted: data.updates.filter((update) => update.retraction).length,
    sources: sourceRows.length,
  };
}

/**
 * Loads an export file into an empty database, in one transaction: the file is checked completely first,
 * and any problem (or a database that already holds data) throws an ImportError with nothing written.
 */
export async function importDataset(db: Db, input: unknown, actor: Actor): Promise<ImportResult> {
  const check = checkImportFile(input);
  if (!check.ok) throw new ImportError(check.problems);
  const { data } = check;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    await assertEmpty(tx);
    const result = await insertAll(tx, data);
    await recordAudit(tx, actor, {
      action: 'dataset.imported',
      entity: 'dataset',
      after: { formatVersion: data.formatVersion, generatedAt: data.generatedAt, ...result },
    });
    // Servers already running on a shared PostgreSQL drop all they keep, once this commits.
    const notice = JSON.stringify({ entity: '*', origin: 'data:import' });
    await tx.execute(sql`select pg_notify(${CHANGES_CHANNEL}, ${notice})`);
    return result;
  });
}
