import type { StatusUpdate } from '../../../../../../shared/contracts/public.ts';

/** Why a new update looks like one already on the record. */
export type NearDuplicate =
  { kind: 'sameEvent'; update: StatusUpdate } | { kind: 'citedSource'; url: string; update: StatusUpdate };

interface Candidate {
  status: string;
  effectiveOn: string;
  sources: readonly { url: string }[];
}

/** URLs compare without case in the host, a trailing slash or a #fragment: the same page cited twice. */
export function sameUrl(a: string, b: string): boolean {
  const normal = (value: string) => {
    try {
      const url = new URL(value.trim());
      url.hash = '';
      return url.href.replace(/\/$/, '');
    } catch {
      return value.trim();
    }
  };
  return normal(a) === normal(b);
}

/**
 * The standing updates of this commitment that a new one seems to repeat: the same date and status, or
 * a source already cited. Retracted updates do not count: correcting one is expected to look like it.
 */
export function findNearDuplicates(candidate: Candidate, updates: readonly StatusUpdate[]): NearDuplicate[] {
  const found: NearDuplicate[] = [];
  const standing = updates.filter((update) => !update.retraction);
  for (const update of standing) {
    if (update.effectiveOn === candidate.effectiveOn && update.status === candidate.status) {
      found.push({ kind: 'sameEvent', update });
    }
  }
  for (const { url } of candidate.sources) {
    const citing = standing.find((update) => update.sources.some((source) => sameUrl(source.url, url)));
    if (citing) found.push({ kind: 'citedSource', url, update: citing });
  }
  return found;
}
