import { EXPORT_FORMAT_VERSION } from '../../../shared/contracts/export.ts';
import type { ExportData } from '../../../shared/contracts/export.ts';
import { bodyEtag } from './conditional-get.ts';
import { datasetCsv } from './csv.ts';
import type { OpenData } from './dataset-store.ts';

export interface ExportFile {
  body: Buffer;
  etag: string;
}

/** The JSON export document: the dataset under its format version. */
export function exportDocument(data: OpenData, generatedAt: Date): ExportData {
  return { formatVersion: EXPORT_FORMAT_VERSION, generatedAt: generatedAt.toISOString(), ...data.dataset };
}

/** The CSV file, built once per data change. */
export function csvFile(data: OpenData): ExportFile {
  return data.memo('csv', () => {
    const body = Buffer.from(datasetCsv(data.dataset), 'utf8');
    return { body, etag: bodyEtag(body) };
  });
}

/**
 * The JSON file, built once per data change. Its ETag is weak and comes from the content alone, so that
 * generatedAt (which differs between instances that built it) does not make unchanged data look new.
 */
export function jsonFile(data: OpenData, now: () => Date = () => new Date()): ExportFile {
  return data.memo('json', () => ({
    body: Buffer.from(JSON.stringify(exportDocument(data, now()), null, 2) + '\n', 'utf8'),
    etag: `W/"${data.tag}"`,
  }));
}
