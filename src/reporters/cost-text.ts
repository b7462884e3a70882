// The cost report for terminals: a table per pairing, notes under it, recommendations, assumptions.
import type { CostReport } from '../cost/cost-report.js';
import { COST_COLUMNS, costRow, formatUsd, rangeLabel } from './cost-format.js';
import { escapeControl } from './safe-text.js';

function table(cells: string[][]): string[] {
  const rows = cells.map((r) => r.map(escapeControl)); // escaped before the widths are measured
  // Not Math.max(...rows): one row per job definition, and a spread that wide overflows the stack.
  const widths = rows[0]!.map((_, i) => rows.reduce((w, r) => Math.max(w, r[i]!.length), 0));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());
}

export function formatCostText(report: CostReport): string {
  const lines: string[] = [`Cost estimate (prices: ${report.catalog.source}; ${report.catalog.date})`, ''];
  if (report.estimates.length === 0) {
    lines.push('No job definition could be paired with a queue of a compute environment in the input, so there is nothing to price.');
  } else {
    for (const line of table([[...COST_COLUMNS], ...report.estimates.map(costRow)])) lines.push(line);
    const notes = report.estimates.flatMap((e) => {
      const range = rangeLabel(e);
      const items = [e.choice && e.instanceType ? e.choice : '', range ? `range: ${range}` : '', ...e.notes].filter(Boolean);
      return items.length ? [`  ${e.jobDefinition} on ${e.computeEnvironment}:`, ...items.map((n) => `    - ${n}`)] : [];
    });
    if (notes.length) lines.push('', 'Notes:', ...notes);
  }
  if (report.recommendations.length > 0) {
    lines.push('', 'Recommendations:');
    for (const r of report.recommendations) {
      const money = [r.savingPerJobUsd !== null ? `${formatUsd(r.savingPerJobUsd)}/job` : '', r.savingPerMonthUsd !== null ? `${formatUsd(r.savingPerMonthUsd)}/month` : ''].filter(Boolean).join(', ');
      lines.push(`  - ${r.message}${money ? ` [saves ${money}]` : ''}`);
    }
  }
  lines.push('', 'Assumptions:', ...report.assumptions.map((a) => `  - ${a}`), '');
  // Names and notes come from the input; every line is one line, with no terminal escapes.
  return lines.map(escapeControl).join('\n');
}
