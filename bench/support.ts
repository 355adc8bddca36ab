/** Small helpers shared by the benchmarks: timing summaries and a budget line. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const median = (values: number[]) => percentile(values, 50);

export function report(
  name: string,
  value: number,
  unit: string,
  budget?: { max?: number; min?: number },
): boolean {
  const holds =
    budget === undefined ||
    ((budget.max === undefined || value <= budget.max) && (budget.min === undefined || value >= budget.min));
  const budgetText = budget
    ? ` (budget ${budget.max !== undefined ? `<= ${budget.max}` : `>= ${budget.min}`} ${unit}: ${holds ? 'holds' : 'MISSED'})`
    : '';
  console.log(`${name}: ${Number.isInteger(value) ? value : value.toFixed(2)} ${unit}${budgetText}`);
  return holds;
}
