import { statusAsOf } from '../../shared/domain/current-status.ts';
import type { Database } from '../db/client.ts';
import { loadCatalog } from '../features/catalog/catalog.ts';

const DATES = ['2018-12-31', '2019-06-30', '2020-12-31', '2023-12-31', '2026-02-19'];

/** Every commitment's status on five dates, as the catalog (and so the dashboard) computes it. */
export async function statusesOn(database: Database): Promise<Record<string, string[]>> {
  const catalog = await loadCatalog(database.db);
  return Object.fromEntries(
    catalog.commitments.map((c) => [c.slug, DATES.map((date) => statusAsOf(c.updates, date))]),
  );
}
