import { asc } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { parties } from '../../db/schema/index.ts';
import type { PartyRow } from '../../db/schema/index.ts';
import type { Party } from '../../../shared/contracts/public.ts';
import type { PartyKind } from '../../../shared/domain/evidence.ts';
import { HttpError } from '../../http/errors.ts';

export function presentParty(row: PartyRow): Party {
  return { code: row.code, name: row.name, nameKo: row.nameKo, kind: row.kind as PartyKind };
}

/** The party registry in its display order. */
export async function loadParties(db: Db): Promise<PartyRow[]> {
  return db.select().from(parties).orderBy(asc(parties.position), asc(parties.code));
}

/**
 * Refuses party codes that are not in the registry, with a 400 naming each offending field
 * (`path` is the field, e.g. "actors" or "effects"; the index of the code is appended).
 */
export async function assertKnownParties(db: Db, codes: readonly string[], path: string): Promise<void> {
  if (codes.length === 0) return;
  const known = new Set((await loadParties(db)).map((row) => row.code));
  const details = codes.flatMap((code, index) =>
    known.has(code) ? [] : [{ path: `${path}.${index}`, message: `Unknown party "${code}"` }],
  );
  if (details.length === 0) return;
  throw new HttpError(
    400,
    'validation_error',
    `Invalid request body: ${details[0]!.path}: ${details[0]!.message}. Known parties: ${[...known].join(', ')}`,
    details,
  );
}
