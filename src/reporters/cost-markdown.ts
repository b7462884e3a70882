// The cost report in GitHub-flavoured Markdown, for pull request summaries ($GITHUB_STEP_SUMMARY).
import type { CostReport } from '../cost/cost-report.js';
import { COST_COLUMNS, costRow, FLOOR_COLUMNS, floorRow, formatUsd, originLabel, packingLabel, priceSourceLines, rangeLabel, TOTAL_COLUMNS, totalRow } from './cost-format.js';
import { escapeMarkdown } from './markdown-text.js';

/** Names and notes hold input: no markup, HTML, row breaks or control characters. */
const cell = escapeMarkdown;

export function formatCostMarkdown(report: CostReport): string {
  const lines: string[] = ['## batchlint cost estimate', '', `Prices: ${cell(report.catalog.source)} (${cell(report.catalog.date)}).`, ''];
  if (report.estimates.length === 0) {
    lines.push('No job definition could be paired with a queue of a compute environment in the input, so there is nothing to price.', '');
  } else {
    lines.push(`| ${COST_COLUMNS.join(' | ')} |`, `| ${COST_COLUMNS.map(() => '---').join(' | ')} |`);
    for (const e of report.estimates) lines.push(`| ${costRow(e).map(cell).join(' | ')} |`);
    lines.push('');
    const notes = report.estimates.flatMap((e) => {
      const range = rangeLabel(e);
      return [originLabel(e), e.choice && e.instanceType ? e.choice : '', packingLabel(e) ?? '', range ? `range: ${range}` : '', ...e.notes].filter(Boolean).map((n) => `- **${cell(e.jobDefinition)}** on ${cell(e.computeEnvironment)}: ${cell(n)}`);
    });
    if (notes.length) lines.push('<details><summary>Notes</summary>', '', ...notes, '', '</details>', '');
  }
  const mdTable = (columns: readonly string[], rows: string[][]): string[] => [`| ${columns.join(' | ')} |`, `| ${columns.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`), ''];
  if (report.idleFloors.length > 0) lines.push('### Idle floor', '', ...mdTable(FLOOR_COLUMNS, report.idleFloors.map(floorRow)));
  if (report.totals.length > 0) lines.push('### Totals', '', ...mdTable(TOTAL_COLUMNS, report.totals.map(totalRow)));
  if (report.recommendations.length > 0) {
    lines.push('### Recommendations', '', '| saves per job | saves per month | recommendation |', '| ---: | ---: | --- |');
    for (const r of report.recommendations) lines.push(`| ${formatUsd(r.savingPerJobUsd)} | ${formatUsd(r.savingPerMonthUsd)} | ${cell(r.message)} |`);
    lines.push('');
  }
  lines.push('<details><summary>Price sources</summary>', '', ...priceSourceLines(report).map((l) => `- ${cell(l)}`), '', '</details>', '');
  lines.push('<details><summary>Assumptions</summary>', '', ...report.assumptions.map((a) => `- ${cell(a)}`), '', '</details>', '');
  return lines.join('\n');
}
