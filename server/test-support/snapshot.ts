import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { queryRows } from '../db/client.ts';

// Sessions are left out: reading them may move lastSeenAt, which is not "data".
const TABLES = [
  'parties',
  'agreements',
  'commitments',
  'developments',
  'status_updates',
  'update_sources',
  'commitment_reviews',
  'agreement_relations',
  'commitment_relations',
  'users',
  'audit_events',
  'api_tokens',
];

/** Every row of the data tables, in a stable order: compare two of these to prove nothing changed. */
export async function snapshotData(database: Database): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    snapshot[table] = await queryRows(
      database.db,
      sql.raw(`select * from ${table} order by ${table === 'parties' ? 'code' : 'id'}`),
    );
  }
  return snapshot;
}
