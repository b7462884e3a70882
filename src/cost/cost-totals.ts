// Totals of a cost report per queue, per file and for the whole run. A pairing counts once, on the
// environment expected to run it (the first in the queue's order that can hold it); an environment's
// idle floor and worst-case burn count once per scope, however many pairings use it.
import type { CostEstimate, CostTotal } from './cost-report.js';
import type { BurnRate } from './burn-rate.js';
import type { IdleFloor } from './idle-floor.js';

export interface EnvironmentFigures {
  name: string;
  file: string;
  queues: readonly string[];
  floor?: IdleFloor;
  burn?: BurnRate;
}

const round = (n: number): number => Number(n.toPrecision(6));

function total(scope: CostTotal['scope'], name: string, rows: readonly CostEstimate[], environments: readonly EnvironmentFigures[]): CostTotal {
  const expected = rows.filter((r) => r.expectedToRun);
  const jobs = expected.reduce((sum, r) => sum + (r.monthlyUsd ?? 0), 0);
  const floor = environments.reduce((sum, e) => sum + (e.floor?.monthlyUsd ?? 0), 0);
  return {
    scope,
    name,
    jobsMonthlyUsd: round(jobs),
    rowsWithoutMonthly: expected.filter((r) => r.monthlyUsd === null).length,
    idleFloorMonthlyUsd: round(floor),
    monthlyUsd: round(jobs + floor),
    worstCaseBurnUsdPerHour: round(environments.reduce((sum, e) => sum + (e.burn?.usdPerHour ?? 0), 0)),
  };
}

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

export function costTotals(estimates: readonly CostEstimate[], environments: readonly EnvironmentFigures[]): CostTotal[] {
  const out: CostTotal[] = [];
  const rowsByQueue = groupBy(estimates, (e) => [e.jobQueue]);
  const envsByQueue = groupBy(environments, (e) => [...new Set(e.queues)]);
  for (const q of [...new Set([...rowsByQueue.keys(), ...envsByQueue.keys()])].sort()) out.push(total('queue', q, rowsByQueue.get(q) ?? [], envsByQueue.get(q) ?? []));
  // A file's share: the jobs defined in it, and the environments defined in it.
  const rowsByFile = groupBy(estimates, (e) => [e.file]);
  const envsByFile = groupBy(environments, (e) => [e.file]);
  for (const f of [...new Set([...rowsByFile.keys(), ...envsByFile.keys()])].sort()) out.push(total('file', f, rowsByFile.get(f) ?? [], envsByFile.get(f) ?? []));
  out.push(total('run', 'all input', estimates, environments));
  return out;
}
