// Money and counts as the cost reports print them (all three formats agree).
import type { CostEstimate, CostReport, CostTotal } from '../cost/cost-report.js';
import type { IdleFloor } from '../cost/idle-floor.js';
import { escapeControl } from './safe-text.js';
import { formatDuration } from '../cost/duration.js';

/** USD with enough digits to be useful for sub-cent job costs: $0.0016, $1.23, $1,234. */
export function formatUsd(value: number | null): string {
  if (value === null) return '-';
  if (value === 0) return '$0';
  if (value >= 1000) return `$${Math.round(value).toLocaleString('en-US')}`;
  if (value >= 1) return `$${value.toFixed(2)}`;
  return `$${Number(value.toPrecision(2))}`;
}

export function capacityLabel(e: CostEstimate): string {
  return e.instanceType ? `${e.capacity} ${e.instanceType}` : e.fargateSize ? `${e.capacity} ${e.fargateSize.vcpus} vCPU/${e.fargateSize.memoryMiB} MiB${e.fargateSize.architecture === 'arm64' ? ' ARM' : ''}` : e.capacity;
}

export function worstCaseLabel(e: CostEstimate): string {
  if (e.worstCase === 'unbounded') return 'unbounded (no timeout)';
  if (e.worstCase === 'unknown') return 'unknown (timeout set at deploy time)';
  return formatUsd(e.worstCasePerSubmissionUsd);
}

export function rangeLabel(e: CostEstimate): string | undefined {
  if (e.fargateSpotRange) return `Fargate Spot ${formatUsd(e.fargateSpotRange.lowUsd)} (${e.fargateSpotRange.upToPercent}% off, the headline) to ${formatUsd(e.fargateSpotRange.highUsd)} (the On-Demand rate) per job`;
  if (!e.range) return undefined;
  return `${formatUsd(e.range.lowUsd)} (${e.range.lowInstanceType}) to ${formatUsd(e.range.highUsd)} (${e.range.highInstanceType}) per job across ${e.range.types} fitting types`;
}

/** The table every format shows, one row per estimate. */
export const COST_COLUMNS = ['job definition', 'queue', 'environment', 'capacity', 'per instance', 'duration', 'per job', 'per submission', 'per month', 'worst case'] as const;

export function costRow(e: CostEstimate): string[] {
  return [
    e.jobDefinition,
    e.jobQueue,
    e.computeEnvironment,
    capacityLabel(e),
    e.jobsPerInstance === null ? '-' : String(e.jobsPerInstance),
    formatDuration(e.durationSeconds),
    formatUsd(e.costPerJobUsd),
    e.arraySize > 1 ? `${formatUsd(e.costPerSubmissionUsd)} (x${e.arraySize})` : formatUsd(e.costPerSubmissionUsd),
    formatUsd(e.monthlyUsd),
    worstCaseLabel(e),
  ];
}

/** The packing range: which figure the headline is, and the best and worst cases. */
export function packingLabel(e: CostEstimate): string | undefined {
  if (!e.packing) return undefined;
  return `per job ${formatUsd(e.costPerJobUsd)} is ${e.packing.headline}; packed with other jobs ${formatUsd(e.packing.packedUsd)}, one job per instance ${formatUsd(e.packing.onePerInstanceUsd)}`;
}

/** Where the row comes from and whether totals count it. */
export function originLabel(e: CostEstimate): string {
  const where = escapeControl(e.file === e.environmentFile ? e.file : `${e.file}, environment in ${e.environmentFile}`);
  return `${where}; ${e.expectedToRun ? 'expected to run the job (first environment of the queue that holds it)' : 'not expected to run the job (an earlier environment of the queue holds it): left out of totals'}`;
}

export const FLOOR_COLUMNS = ['environment', 'file', 'region', 'vCPUs kept', 'instances', 'per hour', 'per month'] as const;

export function floorRow(f: IdleFloor): string[] {
  return [escapeControl(f.computeEnvironment), escapeControl(f.file), f.region, f.vCpus === null ? 'unknown' : `${f.vCpus} (${f.from})`, f.instanceType ? `${f.instances} x ${f.instanceType}` : '-', formatUsd(f.usdPerHour), formatUsd(f.monthlyUsd)];
}

export const TOTAL_COLUMNS = ['scope', 'jobs per month', 'idle floor per month', 'total per month', 'worst-case burn per hour'] as const;

export function totalRow(t: CostTotal): string[] {
  const label = t.scope === 'run' ? 'whole run' : escapeControl(`${t.scope} ${t.name}`);
  return [label, `${formatUsd(t.jobsMonthlyUsd)}${t.rowsWithoutMonthly > 0 ? ` (+${t.rowsWithoutMonthly} without a volume)` : ''}`, formatUsd(t.idleFloorMonthlyUsd), formatUsd(t.monthlyUsd), formatUsd(t.worstCaseBurnUsdPerHour)];
}

export function priceSourceLines(report: CostReport): string[] {
  return report.priceSources.map((p) => `${p.kind}: ${p.source} (${p.date})`);
}

/** Columns padded to their widest cell; every cell is escaped before the widths are measured. */
export function textTable(cells: string[][]): string[] {
  const rows = cells.map((r) => r.map(escapeControl));
  // Not Math.max(...rows): one row per job definition or pairing, and a spread that wide overflows the stack.
  const widths = rows[0]!.map((_, i) => rows.reduce((w, r) => Math.max(w, r[i]!.length), 0));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());
}
