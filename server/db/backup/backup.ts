import type { Db } from '../client.ts';
import { appliedMigrations, listTables, readSequences, readTable } from './catalog.ts';
import type { SequenceState } from './catalog.ts';

export const BACKUP_FORMAT = 'accord-tracker-backup';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  /** The migrations the database had: a restore needs the same schema. */
  migrations: string[];
  tables: Record<string, unknown[]>;
  sequences: SequenceState[];
}

/**
 * Every row of every table and every sequence's position, read in one repeatable-read, read-only
 * transaction: a consistent snapshot even while writes go on (PostgreSQL), ids and all.
 */
export async function takeBackup(db: Db, now = new Date()): Promise<Backup> {
  return db.transaction(
    async (tx) => {
      const tables: Record<string, unknown[]> = {};
      for (const table of await listTables(tx)) tables[table] = await readTable(tx, table);
      return {
        format: BACKUP_FORMAT,
        version: 1,
        createdAt: now.toISOString(),
        migrations: await appliedMigrations(tx),
        tables,
        sequences: await readSequences(tx),
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
