// The cost report for terminals: a table per pairing, notes under it, recommendations, assumptions.
import type { CostReport } from '../cost/cost-report.js';
import { COST_COLUMNS, costRow, FLOOR_COLUMNS, floorRow, formatUsd, originLabel, packingLabel, priceSourceLines, rangeLabel, textTable, TOTAL_COLUMNS, totalRow } from './cost-format.js';
import { escapeControl } from './safe-text.js';

export function formatCostText(report: CostReport): string {
  const lines: string[] = [`Cost estimate (prices: ${report.catalog.source}; ${report.catalog.date})`, ''];
  if (report.estimates.length === 0) {
    lines.push('No job definition could be paired with a queue of a compute environment in the input, so there is nothing to price.');
  } else {
    for (const line of textTable([[...COST_COLUMNS], ...report.estimates.map(costRow)])) lines.push(line);
    const notes = report.estimates.flatMap((e) => {
      const range = rangeLabel(e);
      const packing = packingLabel(e);
      const items = [originLabel(e), e.choice && e.instanceType ? e.choice : '', packing ?? '', range ? `range: ${range}` : '', ...e.notes].filter(Boolean);
      return items.length ? [`  ${e.jobDefinition} on ${e.computeEnvironment}:`, ...items.map((n) => `    - ${n}`)] : [];
    });
    if (notes.length) lines.push('', 'Notes:', ...notes);
  }
  if (report.idleFloors.length > 0) {
    lines.push('', 'Idle floor (minvCpus, or desiredvCpus where set, billed around the clock in whole instances):', ...textTable([[...FLOOR_COLUMNS], ...report.idleFloors.map(floorRow)]).map((l) => `  ${l}`));
    for (const f of report.idleFloors) if (f.note) lines.push(`  - ${f.computeEnvironment}: ${f.note}`);
  }
  if (report.totals.length > 0) lines.push('', 'Totals:', ...textTable([[...TOTAL_COLUMNS], ...report.totals.map(totalRow)]).map((l) => `  ${l}`));
  if (report.recommendations.length > 0) {
    lines.push('', 'Recommendations:');
    for (const r of report.recommendations) {
      const money = [r.savingPerJobUsd !== null ? `${formatUsd(r.savingPerJobUsd)}/job` : '', r.savingPerMonthUsd !== null ? `${formatUsd(r.savingPerMonthUsd)}/month` : ''].filter(Boolean).join(', ');
      lines.push(`  - ${r.message}${money ? ` [saves ${money}]` : ''}`);
    }
  }
  lines.push('', 'Price sources:', ...priceSourceLines(report).map((l) => `  - ${l}`));
  lines.push('', 'Assumptions:', ...report.assumptions.map((a) => `  - ${a}`), '');
  // Names and notes come from the input; every line is one line, with no terminal escapes.
  return lines.map(escapeControl).join('\n');
}
