// The cost change (`batchlint cost --diff BASE`) as text, Markdown (the pull-request comment) and JSON.
import type { CostDiff, PairingChange } from '../cost/cost-diff.js';
import { formatUsd, textTable } from './cost-format.js';
import { escapeControl } from './safe-text.js';

export const COST_CHANGE_HEADING = '## batchlint cost change';

function signed(n: number | null): string {
  if (n === null) return '-';
  if (n === 0) return '$0';
  return `${n > 0 ? '+' : '-'}${formatUsd(Math.abs(n))}`;
}

const where = (p: PairingChange['base']): string => (p ? `${p.computeEnvironment}${p.instanceType ? ` (${p.instanceType})` : ''}` : '-');

function rows(diff: CostDiff): string[][] {
  return diff.pairings
    .filter((p) => p.status !== 'unchanged')
    .map((p) => [
      escapeControl(p.jobDefinition),
      escapeControl(p.jobQueue),
      p.status,
      escapeControl(`${where(p.base)} -> ${where(p.head)}`),
      `${formatUsd(p.base?.costPerJobUsd ?? null)} -> ${formatUsd(p.head?.costPerJobUsd ?? null)}`,
      `${formatUsd(p.base?.monthlyUsd ?? null)} -> ${formatUsd(p.head?.monthlyUsd ?? null)}`,
      signed(p.monthlyDeltaUsd),
    ]);
}

const COLUMNS = ['job definition', 'queue', 'change', 'environment', 'per job', 'per month', 'monthly change'];

function totalsRows(diff: CostDiff): string[][] {
  const t = diff.totals;
  return [
    ['per month (jobs + idle floor)', formatUsd(t.monthlyUsd.base), formatUsd(t.monthlyUsd.head), signed(t.monthlyUsd.delta)],
    ['idle floor per month', formatUsd(t.idleFloorMonthlyUsd.base), formatUsd(t.idleFloorMonthlyUsd.head), signed(t.idleFloorMonthlyUsd.delta)],
    ['worst-case burn per hour', formatUsd(t.worstCaseBurnUsdPerHour.base), formatUsd(t.worstCaseBurnUsdPerHour.head), signed(t.worstCaseBurnUsdPerHour.delta)],
  ];
}

export function formatCostDiffMarkdown(diff: CostDiff): string {
  const cell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const lines = [COST_CHANGE_HEADING, '', `Compared with ${cell(escapeControl(diff.base))}.`, '', '| total | base | head | change |', '| --- | ---: | ---: | ---: |', ...totalsRows(diff).map((r) => `| ${r.map(cell).join(' | ')} |`), ''];
  const changed = rows(diff);
  if (changed.length === 0) lines.push('No pairing changes cost.', '');
  else lines.push(`| ${COLUMNS.join(' | ')} |`, `| ${COLUMNS.map(() => '---').join(' | ')} |`, ...changed.map((r) => `| ${r.map(cell).join(' | ')} |`), '');
  const envs = diff.environments.filter((e) => e.status !== 'unchanged');
  if (envs.length > 0) {
    lines.push('| environment | change | idle floor per month | worst-case burn per hour |', '| --- | --- | --- | --- |');
    for (const e of envs) lines.push(`| ${cell(escapeControl(e.computeEnvironment))} | ${e.status} | ${formatUsd(e.idleFloorMonthlyUsd.base)} -> ${formatUsd(e.idleFloorMonthlyUsd.head)} | ${formatUsd(e.worstCaseBurnUsdPerHour.base)} -> ${formatUsd(e.worstCaseBurnUsdPerHour.head)} |`);
    lines.push('');
  }
  return lines.join('\n');
}

export function formatCostDiffText(diff: CostDiff): string {
  const lines = [`Cost change compared with ${escapeControl(diff.base)}`, '', ...textTable([['total', 'base', 'head', 'change'], ...totalsRows(diff)]), ''];
  const changed = rows(diff);
  for (const l of changed.length === 0 ? ['No pairing changes cost.'] : textTable([COLUMNS, ...changed])) lines.push(l);
  lines.push('');
  for (const e of diff.environments.filter((x) => x.status !== 'unchanged')) {
    lines.push(`environment ${escapeControl(e.computeEnvironment)} ${e.status}: idle floor ${formatUsd(e.idleFloorMonthlyUsd.base)} -> ${formatUsd(e.idleFloorMonthlyUsd.head)} a month, worst-case burn ${formatUsd(e.worstCaseBurnUsdPerHour.base)} -> ${formatUsd(e.worstCaseBurnUsdPerHour.head)} an hour`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function formatCostDiffJson(diff: CostDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
