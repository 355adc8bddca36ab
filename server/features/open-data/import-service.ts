import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import { agreements, commitments, statusUpdates } from '../../db/schema/index.ts';
import type { Actor } from '../audit/record.ts';
import { CHANGES_CHANNEL } from '../catalog/change-broadcast.ts';
import { recordAudit } from '../audit/record.ts';
import { SEED_LOCK_KEY } from '../../db/seed/apply-seed.ts';
import { checkImportFile } from './import-check.ts';
import { ImportError, insertAll } from './import-rows.ts';
import type { ImportResult } from './import-rows.ts';

export { ImportError };
export type { ImportResult };

// The seed's lock (server/db/seed/apply-seed.ts): an import and a first start's seeding take turns.

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
