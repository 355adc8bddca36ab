import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { commitments, developments, statusUpdates } from '../../db/schema/index.ts';
import type { DevelopmentRow } from '../../db/schema/index.ts';
import type { Development, DevelopmentRef } from '../../../shared/contracts/public.ts';
import type { DatePrecision } from '../../../shared/domain/evidence.ts';
import { groupBy } from '../../../shared/lib/group-by.ts';
import { notFound } from '../../http/errors.ts';
import { presentDevelopment } from './presenter.ts';
import type { EffectRow } from './presenter.ts';

/** The updates each development wrote, with their commitments, in commitment order. */
async function effectsOf(db: Db, ids: readonly number[]): Promise<Map<number, EffectRow[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      developmentId: statusUpdates.developmentId,
      updateId: statusUpdates.id,
      status: statusUpdates.status,
      meetsDeadline: statusUpdates.meetsDeadline,
      retractedAt: statusUpdates.retractedAt,
      slug: commitments.slug,
      title: commitments.title,
      titleKo: commitments.titleKo,
    })
    .from(statusUpdates)
    .innerJoin(commitments, eq(commitments.id, statusUpdates.commitmentId))
    .where(inArray(statusUpdates.developmentId, [...ids]))
    .orderBy(asc(commitments.agreementId), asc(commitments.position), asc(statusUpdates.id));
  const effects = rows.map(({ retractedAt, developmentId, ...row }) => ({
    ...row,
    developmentId: developmentId!,
    retracted: retractedAt !== null,
  }));
  return groupBy(effects, (effect) => effect.developmentId);
}

async function present(db: Db, rows: DevelopmentRow[]): Promise<Development[]> {
  const effects = await effectsOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => presentDevelopment(row, effects.get(row.id) ?? []));
}

/** Every development, newest event first. */
export async function listDevelopments(db: Db): Promise<Development[]> {
  const rows = await db
    .select()
    .from(developments)
    .orderBy(desc(developments.effectiveOn), desc(developments.id));
  return present(db, rows);
}

/** One development with the updates it wrote. */
export async function getDevelopment(db: Db, id: number): Promise<Development> {
  const rows = await db.select().from(developments).where(eq(developments.id, id));
  if (rows.length === 0) throw notFound(`Development ${id}`);
  return (await present(db, rows))[0]!;
}

/** What a commitment page shows of the developments its updates belong to. */
export async function developmentRefs(db: Db, ids: readonly number[]): Promise<DevelopmentRef[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(developments)
    .where(inArray(developments.id, [...ids]));
  const effects = await effectsOf(db, ids);
  return rows.map((row) => ({
    id: row.id,
    effectiveOn: row.effectiveOn,
    datePrecision: row.datePrecision as DatePrecision,
    summary: row.summary,
    summaryKo: row.summaryKo,
    commitments: (effects.get(row.id) ?? [])
      .filter((effect) => !effect.retracted)
      .map(({ slug, title, titleKo }) => ({ slug, title, titleKo })),
  }));
}
