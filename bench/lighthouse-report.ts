import { readFileSync, writeFileSync } from 'node:fs';

/** Issue 11, item 5: every public page scores at least this on a phone, and shifts less than this anywhere. */
export const LIGHTHOUSE_BUDGET = { mobilePerformance: 95, cls: 0.02 };

export type FormFactor = 'mobile' | 'desktop';

export interface RunFigures {
  performance: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
}

export interface PageFigures extends RunFigures {
  label: string;
  path: string;
  formFactor: FormFactor;
  worstCls: number;
}

export interface MachineNote {
  cores: number;
  loadBefore: number[];
  loadAfter: number[];
  chromium: string;
  lighthouse: string;
  runs: number;
}

const BEGIN = '<!-- lighthouse:begin (written by bench/lighthouse.ts) -->';
const END = '<!-- lighthouse:end -->';

/** What misses the budget on a page's medians, or undefined when it holds. */
export function overBudget(figures: PageFigures): string | undefined {
  const misses = [
    figures.formFactor === 'mobile' && figures.performance < LIGHTHOUSE_BUDGET.mobilePerformance
      ? `performance ${figures.performance} < ${LIGHTHOUSE_BUDGET.mobilePerformance}`
      : undefined,
    figures.cls >= LIGHTHOUSE_BUDGET.cls
      ? `CLS ${figures.cls.toFixed(3)} >= ${LIGHTHOUSE_BUDGET.cls}`
      : undefined,
  ].filter(Boolean);
  return misses.length > 0 ? misses.join(', ') : undefined;
}

/** A Markdown table laid out as prettier lays it out, so the written file stays formatted. */
function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(3, cell.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function lighthouseTable(results: PageFigures[]): string {
  return markdownTable(
    ['page', 'form factor', 'performance', 'LCP', 'CLS (worst run)', 'TBT', 'budget'],
    results.map((r) => {
      const missed = overBudget(r);
      return [
        r.label,
        r.formFactor,
        r.formFactor === 'mobile' ? `**${r.performance}**` : String(r.performance),
        `${(r.lcpMs / 1000).toFixed(2)} s`,
        `**${r.cls.toFixed(3)}** (${r.worstCls.toFixed(3)})`,
        `${Math.round(r.tbtMs)} ms`,
        missed ? `MISSED: ${missed}` : 'holds',
      ];
    }),
  );
}

const load = (values: number[]) => values.map((v) => v.toFixed(1)).join(' / ');

/** Replaces the bench's part of the Lighthouse section (between its markers) with this run's figures. */
export function writeLighthouseSection(path: string, table: string, machine: MachineNote): void {
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start === -1 || end < start) throw new Error(`${path} has no Lighthouse markers (${BEGIN} … ${END})`);
  const body = [
    BEGIN,
    '',
    `Run on ${new Date().toISOString().slice(0, 10)} by \`npx tsx bench/lighthouse.ts\`: medians of ${machine.runs} runs ` +
      `per page and form factor (Lighthouse ${machine.lighthouse}, ${machine.chromium}, headless). Machine: ` +
      `${machine.cores} cores, shared; load average (1 / 5 / 15 min) ${load(machine.loadBefore)} before the ` +
      `runs and ${load(machine.loadAfter)} after. Budget: mobile performance >= ` +
      `${LIGHTHOUSE_BUDGET.mobilePerformance}, CLS < ${LIGHTHOUSE_BUDGET.cls} (mobile and desktop).`,
    '',
    table,
    '',
    END,
  ].join('\n');
  writeFileSync(path, text.slice(0, start) + body + text.slice(end + END.length));
}
