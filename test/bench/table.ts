/** One measured figure, in the shape CONTRACT.md gives for `bench-results.json`. */
export interface BenchResult {
  scenario: string;
  metric: string;
  value: number | null;
  unit: string;
  target: string;
  note?: string;
}

/** The value at quantile `q` (0..1) of `values`, by nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) {
    return Number.NaN;
  }
  const sorted = [...values].sort((left, right) => left - right);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** Whether `value` meets a target written as `<= 50` or `>= 500`. */
export function meetsTarget(value: number | null, target: string): boolean | null {
  const match = /^(<=|>=)\s*([\d.]+)$/.exec(target.trim());
  if (value === null || !match) {
    return null;
  }
  const bound = Number(match[2]);
  return match[1] === '<=' ? value <= bound : value >= bound;
}

/** Renders results as a fixed-width table for the terminal. */
export function formatTable(results: readonly BenchResult[]): string {
  const rows = results.map((result) => {
    const verdict = meetsTarget(result.value, result.target);
    return [
      result.scenario,
      result.metric,
      // Shares (accuracy) need four decimals: 0.9596 is not 0.96.
      result.value === null
        ? 'n/a'
        : `${Number(result.value.toFixed(Math.abs(result.value) < 1 ? 4 : 2))} ${result.unit}`,
      result.target === '' ? '' : `${result.target} ${result.unit}`,
      verdict === null ? (result.note ?? '') : verdict ? 'ok' : 'MISSED',
    ];
  });
  const header = ['scenario', 'metric', 'value', 'target', 'verdict'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]): string =>
    cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
