// Money and counts as the cost reports print them (all three formats agree).
import type { CostEstimate } from '../cost/cost-report.js';
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
