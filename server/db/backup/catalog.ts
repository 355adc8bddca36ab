import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { queryRows } from '../client.ts';

/** Every table of the app's schema, read from PostgreSQL's catalog: tables added later are covered by themselves. */
export async function listTables(db: Db): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`,
  );
  return rows.map((row) => row.name);
}

/** The tables in an order where every table comes after the tables its foreign keys point to. */
export async function tablesInDependencyOrder(db: Db): Promise<string[]> {
  const tables = await listTables(db);
  const edges = await queryRows<{ child: string; parent: string }>(
    db,
    sql`select child.relname as child, parent.relname as parent from pg_constraint co
        join pg_class child on child.oid = co.conrelid join pg_class parent on parent.oid = co.confrelid
        join pg_namespace n on n.oid = child.relnamespace
        where co.contype = 'f' and n.nspname = 'public' and child.oid <> parent.oid`,
  );
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const edge of edges) if (edge.child === table) visit(edge.parent, path);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

export interface SequenceState {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

/** Every sequence's position, so restored rows and new ones never share an id. */
export async function readSequences(db: Db): Promise<SequenceState[]> {
  const names = await queryRows<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'S' order by 1`,
  );
  const states: SequenceState[] = [];
  for (const { name } of names) {
    const [state] = await queryRows<{ last_value: string; is_called: boolean }>(
      db,
      sql`select last_value::text, is_called from ${sql.identifier('public')}.${sql.identifier(name)}`,
    );
    states.push({ name, lastValue: state!.last_value, isCalled: state!.is_called });
  }
  return states;
}

/** Every row of a table as JSON, in a stable order (by its whole row), for backups and comparisons. */
export async function readTable(db: Db, table: string): Promise<unknown[]> {
  const [result] = await queryRows<{ rows: unknown[] }>(
    db,
    sql`select coalesce(jsonb_agg(to_jsonb(t) order by t::text), '[]'::jsonb) as rows
        from ${sql.identifier('public')}.${sql.identifier(table)} t`,
  );
  return result!.rows;
}

/** The migrations applied to this database, oldest first (drizzle's own table). */
export async function appliedMigrations(db: Db): Promise<string[]> {
  const rows = await queryRows<{ hash: string }>(
    db,
    sql`select hash from drizzle.__drizzle_migrations order by created_at, id`,
  );
  return rows.map((row) => row.hash);
}
