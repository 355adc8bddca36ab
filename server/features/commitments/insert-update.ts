import type { Db } from '../../db/client.ts';
import { statusUpdates, updateSources } from '../../db/schema/index.ts';
import type { SourceKind } from '../../../shared/domain/status.ts';
import type { DatePrecision, Standing } from '../../../shared/domain/evidence.ts';
import type { StatusKey } from '../../../shared/domain/status.ts';

/** A source as written: from a form, a development, the seed or an import. */
export interface SourceValues {
  url: string;
  title: string;
  publisher?: string | null | undefined;
  publishedOn?: string | null | undefined;
  kind: SourceKind;
  contests?: boolean | undefined;
}

/** Everything one status update records, whether typed alone or written as part of a development. */
export interface UpdateValues {
  commitmentId: number;
  status: StatusKey;
  effectiveOn: string;
  datePrecision: DatePrecision;
  actors: string[];
  standing: Standing;
  disputeNote?: string | null | undefined;
  disputeNoteKo?: string | null | undefined;
  meetsDeadline: boolean;
  developmentId?: number | null;
  summary: string;
  summaryKo?: string | null | undefined;
  sources: readonly SourceValues[];
  authorId: number | null;
  authorName: string;
  createdAt?: Date;
}

/** Inserts one status update and its sources, in the caller's transaction; returns the new id. */
export async function insertUpdate(tx: Db, values: UpdateValues): Promise<number> {
  const [inserted] = await tx
    .insert(statusUpdates)
    .values({
      commitmentId: values.commitmentId,
      status: values.status,
      effectiveOn: values.effectiveOn,
      datePrecision: values.datePrecision,
      actors: values.actors,
      standing: values.standing,
      disputeNote: values.disputeNote ?? null,
      disputeNoteKo: values.disputeNoteKo ?? null,
      meetsDeadline: values.meetsDeadline,
      developmentId: values.developmentId ?? null,
      summary: values.summary,
      summaryKo: values.summaryKo ?? null,
      authorId: values.authorId,
      authorName: values.authorName,
      ...(values.createdAt ? { createdAt: values.createdAt } : {}),
    })
    .returning({ id: statusUpdates.id });
  const id = inserted!.id;
  await tx.insert(updateSources).values(
    values.sources.map((source, position) => ({
      updateId: id,
      position,
      url: source.url,
      title: source.title,
      publisher: source.publisher ?? null,
      publishedOn: source.publishedOn ?? null,
      kind: source.kind,
      contests: source.contests ?? false,
    })),
  );
  return id;
}
