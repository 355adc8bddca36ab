import type { SeedUpdate } from './seed-types.ts';

/** An update's content as the upgrade compares it: everything a reader sees, in a fixed order. */
export interface UpdateContent {
  commitment: string;
  status: string;
  effectiveOn: string;
  datePrecision: string;
  actors: readonly string[];
  standing: string;
  disputeNote: string | null;
  disputeNoteKo: string | null;
  meetsDeadline: boolean;
  summary: string;
  summaryKo: string | null;
  sources: readonly {
    url: string;
    title: string;
    publisher: string | null;
    publishedOn: string | null;
    kind: string;
    contests: boolean;
  }[];
}

/** A stable string for an update's content: two updates that read the same have the same fingerprint. */
export function fingerprint(content: UpdateContent): string {
  return JSON.stringify([
    content.commitment,
    content.status,
    content.effectiveOn,
    content.datePrecision,
    [...content.actors],
    content.standing,
    content.disputeNote,
    content.disputeNoteKo,
    content.meetsDeadline,
    content.summary,
    content.summaryKo,
    content.sources.map((s) => [s.url, s.title, s.publisher, s.publishedOn, s.kind, s.contests]),
  ]);
}

/** A seed update's content, with the defaults the seed applies when it writes it. */
export function seedContent(commitment: string, update: SeedUpdate): UpdateContent {
  return {
    commitment,
    status: update.status,
    effectiveOn: update.effectiveOn,
    datePrecision: update.datePrecision ?? 'day',
    actors: update.actors ?? [],
    standing: update.standing ?? 'confirmed',
    disputeNote: update.disputeNote ?? null,
    disputeNoteKo: update.disputeNoteKo ?? null,
    meetsDeadline: update.meetsDeadline ?? false,
    summary: update.summary,
    summaryKo: update.summaryKo ?? null,
    sources: update.sources.map((source) => ({
      url: source.url,
      title: source.title,
      publisher: source.publisher ?? null,
      publishedOn: source.publishedOn ?? null,
      kind: source.kind,
      contests: source.contests ?? false,
    })),
  };
}
