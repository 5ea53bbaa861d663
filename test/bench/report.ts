/** The bench's output: one row per measure, printed as an aligned plain-text table. */
export interface Row {
  measure: string;
  target: string;
  result: string;
  /** null: reported only, no target to meet. */
  pass: boolean | null;
}

export function formatTable(rows: Row[]): string {
  const cells = [
    ['Measure', 'Target', 'Result', ''],
    ...rows.map((r) => [r.measure, r.target, r.result, r.pass === null ? '' : r.pass ? 'PASS' : 'MISS']),
  ];
  const widths = [0, 1, 2].map((c) => Math.max(...cells.map((row) => row[c]!.length)));
  const line = (row: string[]) => row.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]!) : cell)).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ') + '  ----';
  return [line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n');
}
