import type { DevelopmentRow } from '../../db/schema/index.ts';
import type { Development, Source } from '../../../shared/contracts/public.ts';
import type { DatePrecision, Standing } from '../../../shared/domain/evidence.ts';
import type { SourceKind, StatusKey } from '../../../shared/domain/status.ts';

/** One update a development wrote, with its commitment. */
export interface EffectRow {
  updateId: number;
  status: string;
  meetsDeadline: boolean;
  retracted: boolean;
  slug: string;
  title: string;
  titleKo: string | null;
}

export function presentDevelopment(row: DevelopmentRow, effects: readonly EffectRow[]): Development {
  return {
    id: row.id,
    effectiveOn: row.effectiveOn,
    datePrecision: row.datePrecision as DatePrecision,
    actors: row.actors,
    standing: row.standing as Standing,
    disputeNote: row.disputeNote,
    disputeNoteKo: row.disputeNoteKo,
    summary: row.summary,
    summaryKo: row.summaryKo,
    sources: row.sources.map((source): Source => ({
      ...source,
      kind: source.kind as SourceKind,
      contests: source.contests,
    })),
    author: row.authorName,
    createdAt: row.createdAt.toISOString(),
    effects: effects.map((effect) => ({
      updateId: effect.updateId,
      slug: effect.slug,
      title: effect.title,
      titleKo: effect.titleKo,
      status: effect.status as StatusKey,
      meetsDeadline: effect.meetsDeadline,
      retracted: effect.retracted,
    })),
  };
}
