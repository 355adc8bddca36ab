import type { z } from 'zod';
import {
  EXPORT_FORMAT_VERSION,
  READABLE_FORMAT_VERSIONS,
  exportDataSchema,
} from '../../../shared/contracts/export.ts';
import type { ExportData } from '../../../shared/contracts/export.ts';
import { relationProblems } from './import-relations.ts';
import { upgradeToCurrent } from './import-upgrade.ts';

const MAX_PROBLEMS = 50;

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** How a problem names its record: `commitments[3] (slug "gp-withdrawal")`. */
function recordName(input: Raw, collection: string, index: number): string {
  const list = input[collection];
  const record = Array.isArray(list) ? (list[index] as unknown) : undefined;
  const name = `${collection}[${index}]`;
  if (!isObject(record)) return name;
  if (collection === 'updates' || collection === 'reviews') {
    const parts = [
      typeof record.commitment === 'string' ? `commitment "${record.commitment}"` : null,
      typeof record.effectiveOn === 'string' ? `effectiveOn ${record.effectiveOn}` : null,
      typeof record.reviewedOn === 'string' ? `reviewedOn ${record.reviewedOn}` : null,
    ].filter(Boolean);
    return parts.length > 0 ? `${name} (${parts.join(', ')})` : name;
  }
  if (collection === 'developments' || collection === 'parties') {
    const key = collection === 'parties' ? record.code : record.id;
    return key === undefined
      ? name
      : `${name} (${collection === 'parties' ? 'code' : 'id'} ${JSON.stringify(key)})`;
  }
  return typeof record.slug === 'string' ? `${name} (slug "${record.slug}")` : name;
}

function describeIssue(input: Raw, issue: z.core.$ZodIssue): string {
  const [collection, index, ...rest] = issue.path;
  if (typeof collection === 'string' && typeof index === 'number') {
    const field = rest.length > 0 ? `${rest.map(String).join('.')}: ` : '';
    return `${recordName(input, collection, index)}: ${field}${issue.message}`;
  }
  return `${issue.path.map(String).join('.') || 'file'}: ${issue.message}`;
}

/** Slugs used twice, and records that name an agreement or commitment the file does not contain. */
function referenceProblems(input: Raw, data: ExportData): string[] {
  const problems: string[] = [];
  const firstIndex = (collection: 'agreements' | 'commitments') => {
    const seen = new Map<string, number>();
    data[collection].forEach((record, index) => {
      const earlier = seen.get(record.slug);
      if (earlier === undefined) seen.set(record.slug, index);
      else
        problems.push(
          `${recordName(input, collection, index)}: slug: the same slug as ${collection}[${earlier}]`,
        );
    });
    return seen;
  };
  const agreements = firstIndex('agreements');
  const commitments = firstIndex('commitments');
  data.commitments.forEach((commitment, index) => {
    if (!agreements.has(commitment.agreement))
      problems.push(
        `${recordName(input, 'commitments', index)}: agreement: no agreement "${commitment.agreement}" in this file`,
      );
  });
  const deadlines = new Map(data.commitments.map((commitment) => [commitment.slug, commitment.deadline]));
  const developmentIds = new Set<number>();
  data.developments.forEach((development, index) => {
    if (developmentIds.has(development.id))
      problems.push(`${recordName(input, 'developments', index)}: id: used twice in this file`);
    developmentIds.add(development.id);
  });
  const events = [
    ...data.developments.map((event, index) => ({ event, name: recordName(input, 'developments', index) })),
    ...data.updates.map((event, index) => ({ event, name: recordName(input, 'updates', index) })),
  ];
  for (const { event, name } of events)
    if (event.standing === 'disputed' && !event.disputeNote)
      problems.push(`${name}: disputeNote: a disputed record says who disputes it and why`);
  data.updates.forEach((update, index) => {
    const name = recordName(input, 'updates', index);
    if (update.development !== null && !developmentIds.has(update.development))
      problems.push(`${name}: development: no development ${update.development} in this file`);
    if (update.meetsDeadline && commitments.has(update.commitment) && !deadlines.get(update.commitment))
      problems.push(`${name}: meetsDeadline: its commitment has no deadline`);
  });
  data.reviews.forEach((review, index) => {
    if (!commitments.has(review.commitment))
      problems.push(
        `${recordName(input, 'reviews', index)}: commitment: no commitment "${review.commitment}" in this file`,
      );
  });
  data.updates.forEach((update, index) => {
    if (!commitments.has(update.commitment))
      problems.push(
        `${recordName(input, 'updates', index)}: commitment: no commitment "${update.commitment}" in this file`,
      );
    if (update.retraction && Date.parse(update.retraction.at) < Date.parse(update.createdAt))
      problems.push(`${recordName(input, 'updates', index)}: retraction.at: earlier than createdAt`);
  });
  problems.push(...relationProblems(data, agreements, commitments));
  return problems;
}

function limited(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), `... and ${problems.length - MAX_PROBLEMS} more problems`];
}

export type ImportCheck = { ok: true; data: ExportData } | { ok: false; problems: string[] };

/**
 * Checks an import file completely before anything is written: its format version, every value (with the
 * same rules as the write API, except "not in the future") and every reference between records.
 */
export function checkImportFile(input: unknown): ImportCheck {
  if (!isObject(input))
    return { ok: false, problems: ['file: expected a JSON object (an Accord Tracker export)'] };
  if (!(READABLE_FORMAT_VERSIONS as readonly unknown[]).includes(input.formatVersion)) {
    const found = input.formatVersion === undefined ? 'none' : JSON.stringify(input.formatVersion);
    return {
      ok: false,
      problems: [
        `formatVersion: this file has format version ${found}; this version of Accord Tracker reads versions ${READABLE_FORMAT_VERSIONS.slice(0, -1).join(', ')} and ${EXPORT_FORMAT_VERSION}`,
      ],
    };
  }
  const file = input.formatVersion === EXPORT_FORMAT_VERSION ? input : upgradeToCurrent(input);
  const parsed = exportDataSchema.safeParse(file);
  if (!parsed.success)
    return { ok: false, problems: limited(parsed.error.issues.map((issue) => describeIssue(file, issue))) };
  const problems = referenceProblems(file, parsed.data);
  return problems.length > 0 ? { ok: false, problems: limited(problems) } : { ok: true, data: parsed.data };
}
