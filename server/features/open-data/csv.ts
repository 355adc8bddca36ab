import { CSV_COLUMNS } from '../../../shared/contracts/export.ts';
import { STATUS_LABELS } from '../../../shared/domain/status.ts';
import type { Dataset } from './dataset.ts';

type Column = (typeof CSV_COLUMNS)[number];
type Cell = string | number | boolean | null;

const BOM = '\uFEFF';
// Spreadsheets run a cell that starts with one of these as a formula (=HYPERLINK(...) and friends);
// tab and carriage return are on OWASP's list too, as some programs strip them before evaluating.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: text that a spreadsheet would evaluate gets a leading apostrophe (shown as text, not run);
 * fields with a comma, quote or line break are quoted, with quotes doubled (RFC 4180).
 */
export function csvField(value: Cell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Several values in one cell (actors, each source's kind), in order: "ROK;DPRK". */
export const LIST_SEPARATOR = ';';

export const csvLine = (cells: readonly Cell[]) => cells.map(csvField).join(',') + '\r\n';

/** The CSV export: one row per status update (retracted ones too), UTF-8 with a byte-order mark, CRLF lines. */
export function datasetCsv(dataset: Dataset): string {
  const commitments = new Map(dataset.commitments.map((row) => [row.slug, row]));
  const lines = [csvLine(CSV_COLUMNS)];
  for (const update of dataset.updates) {
    const commitment = commitments.get(update.commitment);
    const source = update.sources[0];
    const row: Record<Column, Cell> = {
      update_id: update.id,
      agreement: commitment?.agreement ?? null,
      commitment_slug: update.commitment,
      commitment_title: commitment?.title ?? null,
      category: commitment?.category ?? null,
      status: update.status,
      status_label: STATUS_LABELS[update.status],
      effective_on: update.effectiveOn,
      summary: update.summary,
      summary_ko: update.summaryKo,
      source_url: source?.url ?? null,
      source_title: source?.title ?? null,
      source_count: update.sources.length,
      author: update.author,
      created_at: update.createdAt,
      retracted: update.retraction !== null,
      retracted_at: update.retraction?.at ?? null,
      retraction_reason: update.retraction?.reason ?? null,
      date_precision: update.datePrecision,
      actors: update.actors.join(LIST_SEPARATOR),
      standing: update.standing,
      dispute_note: update.disputeNote,
      dispute_note_ko: update.disputeNoteKo,
      meets_deadline: update.meetsDeadline,
      development_id: update.development,
      source_kinds: update.sources.map((each) => each.kind).join(LIST_SEPARATOR),
      source_contests: update.sources.map((each) => each.contests).join(LIST_SEPARATOR),
    };
    lines.push(csvLine(CSV_COLUMNS.map((column) => row[column])));
  }
  return BOM + lines.join('');
}
