import { SOURCE_KINDS } from '../../../shared/domain/status.ts';

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const records = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const isKnownKind = (kind: unknown) => (SOURCE_KINDS as readonly unknown[]).includes(kind);

/** Reads a format-2 file as format 3: the relations it could not hold are none. */
export function upgradeFromVersion2(input: Raw): Raw {
  return { ...input, formatVersion: 3, agreementRelations: [], commitmentRelations: [] };
}

/** Reads a file of any earlier readable format as the current one, one version at a time. */
export function upgradeToCurrent(input: Raw): Raw {
  const version2 = input.formatVersion === 1 ? upgradeFromVersion1(input) : input;
  return version2.formatVersion === 2 ? upgradeFromVersion2(version2) : version2;
}

/**
 * Reads a format-1 file (before the evidence model) as format 2, filling what version 1 could not say
 * with the same defaults migration 0002 gives existing rows: a day-precise, confirmed, unattributed update
 * in no development; a source of kind "other" (the retired "secondary" too) that contests nothing; no
 * Korean clause text, no met date, no reviews; the registry as the database already holds it. Anything
 * else in the file is left as it is, so the format-2 schema still reports its problems.
 */
export function upgradeFromVersion1(input: Raw): Raw {
  const upgradeRecords = (key: string, upgrade: (record: Raw) => Raw) =>
    records(input[key]).map((record) => (isObject(record) ? upgrade(record) : record));
  return {
    ...input,
    formatVersion: 2,
    parties: [],
    agreements: upgradeRecords('agreements', (record) => ({ placeKo: null, summaryKo: null, ...record })),
    commitments: upgradeRecords('commitments', (record) => ({
      textKo: null,
      deadlineNoteKo: null,
      deadlineMetOn: null,
      ...record,
    })),
    developments: [],
    updates: upgradeRecords('updates', (record) => ({
      datePrecision: 'day',
      actors: [],
      standing: 'confirmed',
      disputeNote: null,
      disputeNoteKo: null,
      meetsDeadline: false,
      development: null,
      ...record,
      sources: records(record.sources).map((source) =>
        isObject(source)
          ? { ...source, kind: isKnownKind(source.kind) ? source.kind : 'other', contests: false }
          : source,
      ),
    })),
    reviews: [],
  };
}
